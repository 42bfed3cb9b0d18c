// The admin area's server actions do what their REST twins do, through the same lib/ functions: the do-not-call
// form lists a number and audits it, a wrong provider field comes back beside its field, the limits form reads its
// text fields, the CSV import takes an uploaded file and reports each bad row, and the page is re-rendered.
import { beforeAll, describe, expect, it, vi } from "vitest";
import { revalidatePath } from "next/cache";
import { listAuditEntriesForTargets } from "@/db/audit-log";
import { getProvider, seedDemoDirectory } from "@/db/providers";
import { isDoNotCall } from "@/lib/do-not-call/do-not-call-list";
import { loadPersonDetail } from "@/lib/admin/people";
import { systemClock } from "@/lib/clock";
import { addDoNotCallAction } from "@/app/admin/do-not-call/actions";
import { savePersonLimitsAction } from "@/app/admin/people/[id]/actions";
import {
  createProviderAction,
  importProvidersAction,
  setProviderDisabledAction,
} from "@/app/admin/providers/actions";
import { resolveBookingAction } from "@/app/admin/bookings/[id]/actions";
import { pauseBackgroundJobs } from "@/tests/support/job-runner";
import { dentists, settledBooking, userIdOf } from "../admin/admin-fixtures";
import { createSessions, type Sessions } from "../admin/admin-sessions";
import { form, providerForm } from "./samples/admin";

const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("server-only", () => ({}));

let sessions: Sessions;
pauseBackgroundJobs();
beforeAll(async () => {
  await seedDemoDirectory();
  sessions = await createSessions();
  requestHeaders.current = new Headers({ host: "127.0.0.1:3000", cookie: sessions.admin });
});

const provider = { name: "Action Dental", phone: "+14135550142" };

describe("the do-not-call form's action", () => {
  it("lists a number written any way as E.164, records who listed it, and re-renders the page", async () => {
    const state = await addDoNotCallAction(
      { status: "idle" },
      form({ phone: "(413) 555-0131", country: "US", reason: "" }),
    );
    expect(state).toEqual({
      status: "ok",
      data: { phone: "+14135550131" },
      message: "+14135550131 will never be dialed.",
    });
    expect(await isDoNotCall(["+14135550131"], null)).toBe(true);
    const audit = await listAuditEntriesForTargets(["+14135550131"]);
    expect(audit.map((entry) => [entry.action, entry.actorEmail])).toEqual([
      ["do_not_call.add", sessions.adminEmail],
    ]);
    expect(revalidatePath).toHaveBeenCalledWith("/admin/do-not-call");
  });

  it("answers a number it cannot read beside the phone field, and a second listing as a conflict", async () => {
    const unreadable = await addDoNotCallAction(form({ phone: "12", country: "US" }));
    expect(unreadable).toMatchObject({ status: "error", code: "invalid" });
    expect(unreadable.status === "error" && unreadable.fieldErrors.phone).toMatch(/^The phone number/);
    await addDoNotCallAction({ phone: "+14135550132" });
    expect(await addDoNotCallAction({ phone: "+14135550132" })).toMatchObject({
      status: "error",
      code: "conflict",
      error: "+14135550132 is already on the do-not-call list.",
    });
  });
});

describe("the provider form's actions", () => {
  it("answers a wrong phone beside the phone field and adds nothing", async () => {
    const state = await createProviderAction(providerForm({ ...provider, phone: "not a phone" }));
    expect(state).toMatchObject({ status: "error", code: "invalid" });
    expect(state.status === "error" && Object.keys(state.fieldErrors)).toEqual(["phone"]);
  });

  it("adds a valid provider and opens its page", async () => {
    const redirect = await createProviderAction(providerForm(provider)).then(
      (state: unknown) => JSON.stringify(state),
      (error: { digest?: string }) => error.digest ?? null,
    );
    const id = /\/admin\/providers\/(prov_[^?;]+)\?created=1/.exec(redirect ?? "")?.[1];
    expect(id, String(redirect)).toBeDefined();
    expect(await getProvider(id!)).toMatchObject({ name: "Action Dental", phone: "+14135550142" });
    expect((await listAuditEntriesForTargets([id!])).map((e) => e.action)).toEqual(["provider.create"]);
  });

  it("disables a provider from the switch's form and audits it", async () => {
    const state = await setProviderDisabledAction(form({ provider_id: dentists[0], disabled: "true" }));
    expect(state).toMatchObject({ status: "ok", data: { id: dentists[0], disabled: true } });
    expect((await getProvider(dentists[0]))!.disabled).toBe(true);
    expect((await listAuditEntriesForTargets([dentists[0]])).map((e) => e.action)).toContain(
      "provider.disable",
    );
  });
});

describe("the CSV import's action", () => {
  const header = "name,service_type,phone,address,city,country,opening_hours";

  it("imports an uploaded file", async () => {
    const file = new File(
      [`${header}\nUpload Barbers,barber,+14135550150,1 Upload St,Somerville,US,tue-sat 09:00-18:00\n`],
      "p.csv",
    );
    const state = await importProvidersAction(form({ csv: "", file }));
    expect(state).toMatchObject({ status: "ok", data: { imported: 1 }, message: "Imported 1 provider." });
  });

  it("refuses the whole file and reports each bad row with its column", async () => {
    const csv = `${header}\nGood Barbers,barber,+14135550151,2 Upload St,Somerville,US,tue-sat 09:00-18:00\nBad Barbers,barber,nope,3 Upload St,Somerville,US,tue-sat 09:00-18:00\n`;
    const state = await importProvidersAction(form({ csv }));
    expect(state).toMatchObject({ status: "error", code: "invalid" });
    expect(state.status === "error" && Object.keys(state.fieldErrors)).toEqual(["row 3: phone"]);
  });

  it("asks for a file when the form is sent empty", async () => {
    const state = await importProvidersAction(form({ csv: " ", file: new File([], "") }));
    expect(state).toMatchObject({ status: "error", error: "Choose a CSV file, or paste its contents." });
  });
});

describe("the person limits form's action", () => {
  it("reads numbers and empty fields from the form, and answers a wrong one beside its field", async () => {
    const personId = await userIdOf(sessions.userEmail);
    const saved = await savePersonLimitsAction(
      form({ person_id: personId, bookings_per_day: "9", calls_per_day: "", llm_tokens_per_day: "" }),
    );
    expect(saved).toMatchObject({ status: "ok", message: "Saved." });
    const person = await loadPersonDetail(personId, systemClock);
    expect(person.allowance.bookings.limit).toBe(9);
    expect(person.allowance.custom.callsPerDay).toBeFalsy();

    const wrong = await savePersonLimitsAction(
      form({ person_id: personId, bookings_per_day: "lots", calls_per_day: "", llm_tokens_per_day: "" }),
    );
    expect(wrong).toMatchObject({ status: "error", code: "invalid" });
    expect(wrong.status === "error" && Object.keys(wrong.fieldErrors)).toEqual(["bookings_per_day"]);
  });
});

describe("the booking's resolve action", () => {
  it("marks the booking resolved with the note and audits it; an empty note is refused beside the field", async () => {
    const { bookingId } = await settledBooking(await userIdOf(sessions.userEmail));
    expect(await resolveBookingAction(form({ booking_id: bookingId, note: " " }))).toMatchObject({
      status: "error",
      fieldErrors: { note: "write a note saying how it was resolved" },
    });
    expect(
      await resolveBookingAction(form({ booking_id: bookingId, note: "Booked by phone." })),
    ).toMatchObject({
      status: "ok",
    });
    expect((await listAuditEntriesForTargets([bookingId])).map((e) => e.action)).toEqual(["booking.resolve"]);
  });
});
