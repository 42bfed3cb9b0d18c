// The calendar and account pages' server actions, called as the pages call them (FormData or plain objects) with
// the request's headers mocked: they change exactly what their REST twins change, with the same refusals.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getOverview } from "@/app/api/calendar/route";
import { GET as getProfile } from "@/app/api/account/profile/route";
import {
  addBusyBlockAction,
  importCalendarAction,
  issueFeedAction,
  removeBusyBlockAction,
  revokeFeedAction,
  subscribeCalendarAction,
} from "@/app/calendar/actions";
import { giveConsentAction, savePersonProfileAction, verifyPhoneCodeAction } from "@/app/account/actions";
import { fixedClock } from "@/lib/clock";
import { consentVersion } from "@/lib/guardrails/consent";
import { overrideRuntime } from "@/lib/runtime";
import { sampleCalendar } from "../../support/ics-server";
import { anonymousSession, emailSession, jsonRequest } from "../helpers";
import { useEnv } from "../guardrails/support";
import english from "@/messages/en.json";
import spanish from "@/messages/es.json";

// "server-only" refuses to load outside React's server build; vitest is neither, and the actions are server code.
vi.mock("server-only", () => ({}));
const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.push(path) }));

const clock = fixedClock("2026-11-26T15:00:00Z");
let restoreRuntime: () => void;
beforeAll(() => {
  useEnv({ BUSY_BLOCKS_PER_PERSON: "3" });
  restoreRuntime = overrideRuntime({ clock });
});
afterAll(() => restoreRuntime());
beforeEach(() => {
  revalidated.length = 0;
});

/** The next actions run as the holder of this cookie (none: a visitor). */
function actAs(cookie: string | undefined): void {
  requestHeaders.current = new Headers({ host: "127.0.0.1:3000", ...(cookie ? { cookie } : {}) });
}

function form(fields: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const overview = async (cookie: string) =>
  (await getOverview(jsonRequest("/api/calendar", { cookie }), {})).json();

const busyForm = (start: string, end: string, title = "") =>
  form({ start, end, title, time_zone: "America/New_York" });

describe("busy times through the calendar page's actions", () => {
  it("adds the form's wall-clock times in the form's zone, shows them in the calendar read, and re-renders /calendar", async () => {
    const cookie = await anonymousSession();
    actAs(cookie);
    const added = await addBusyBlockAction(busyForm("2026-12-01T14:00", "2026-12-01T16:00", "Physio"));
    expect(added).toMatchObject({ status: "ok", message: "Busy time added." });
    expect(revalidated).toEqual(["/calendar"]);
    const view = await overview(cookie);
    expect(view.busy_blocks).toEqual([
      expect.objectContaining({
        title: "Physio",
        start: "2026-12-01T19:00:00.000Z",
        end: "2026-12-01T21:00:00.000Z",
      }),
    ]);
  });

  it("answers in the page's language: the locale cookie, else the browser's Accept-Language", async () => {
    const cookie = await anonymousSession();
    requestHeaders.current = new Headers({
      host: "127.0.0.1:3000",
      cookie,
      "accept-language": "de-DE,de;q=0.9",
    });
    const german = await addBusyBlockAction(busyForm("2026-12-02T14:00", "2026-12-02T15:00"));
    expect(german).toMatchObject({ status: "ok", message: "Belegte Zeit hinzugefügt." });
    requestHeaders.current = new Headers({
      host: "127.0.0.1:3000",
      cookie: `${cookie}; locale=es`,
      "accept-language": "de-DE,de;q=0.9",
    });
    const spanish = await addBusyBlockAction(busyForm("2026-12-03T14:00", "2026-12-03T15:00"));
    expect(spanish).toMatchObject({ status: "ok", message: "Hora ocupada añadida." });
  });

  it("answers a time range that ends before it starts with the error beside the end field, and adds nothing", async () => {
    const cookie = await anonymousSession();
    actAs(cookie);
    const refused = await addBusyBlockAction(
      { status: "idle" },
      busyForm("2026-12-01T16:00", "2026-12-01T14:00"),
    );
    expect(refused).toMatchObject({
      status: "error",
      code: "invalid",
      fieldErrors: { end: "a busy time must start before it ends" },
    });
    const unreadable = await addBusyBlockAction(busyForm("soon", "later"));
    expect(unreadable).toMatchObject({ status: "error", code: "invalid" });
    expect(Object.keys(unreadable.status === "error" ? unreadable.fieldErrors : {}).sort()).toEqual([
      "end",
      "start",
    ]);
    expect((await overview(cookie)).busy_blocks).toEqual([]);
    expect(revalidated).toEqual([]);
  });

  it("refuses a visitor without a session, as POST /api/calendar/busy-blocks does", async () => {
    actAs(undefined);
    const refused = await addBusyBlockAction(busyForm("2026-12-01T14:00", "2026-12-01T16:00"));
    expect(refused).toMatchObject({ status: "error", code: "unauthorized" });
  });

  it("lets the owner remove a busy time; to another person it is not found, and it stays", async () => {
    const owner = await anonymousSession();
    const stranger = await anonymousSession();
    actAs(owner);
    const added = await addBusyBlockAction(busyForm("2026-12-02T09:00", "2026-12-02T10:00", "Dentist"));
    const id = added.status === "ok" ? added.data.id : "";

    actAs(stranger);
    expect(await removeBusyBlockAction(form({ id }))).toMatchObject({ status: "error", code: "not_found" });
    expect((await overview(owner)).busy_blocks).toHaveLength(1);

    actAs(owner);
    expect(await removeBusyBlockAction({ id })).toEqual({ status: "ok", data: { id } });
    expect((await overview(owner)).busy_blocks).toEqual([]);
  });

  it("keeps BUSY_BLOCKS_PER_PERSON (3 here) busy times still to come: the fourth is a conflict", async () => {
    const cookie = await anonymousSession();
    actAs(cookie);
    for (const day of ["03", "04", "05"]) {
      const added = await addBusyBlockAction(busyForm(`2026-12-${day}T09:00`, `2026-12-${day}T10:00`));
      expect(added.status).toBe("ok");
    }
    const fourth = await addBusyBlockAction(busyForm("2026-12-06T09:00", "2026-12-06T10:00"));
    expect(fourth).toMatchObject({ status: "error", code: "conflict" });
    expect(fourth.status === "error" && fourth.error).toMatch(/already have 3 busy times/);
    expect((await overview(cookie)).busy_blocks).toHaveLength(3);
  });
});

describe("other calendars and the feed through the calendar page's actions", () => {
  it("imports an .ics file sent with the form, and asks for a file when none was chosen", async () => {
    const cookie = await anonymousSession();
    actAs(cookie);
    const file = new File([sampleCalendar()], "work.ics", { type: "text/calendar" });
    const imported = await importCalendarAction(form({ file, time_zone: "America/New_York" }));
    expect(imported).toMatchObject({ status: "ok", data: { name: "work.ics", kind: "file" } });
    expect((await overview(cookie)).sources).toEqual([expect.objectContaining({ name: "work.ics" })]);

    const none = await importCalendarAction(form({ file: new File([], ""), time_zone: "UTC" }));
    expect(none).toMatchObject({ status: "error", fieldErrors: { file: "Choose an .ics file to import." } });
    const empty = await importCalendarAction(form({ file: new File([], "empty.ics") }));
    expect(empty).toMatchObject({ status: "error", code: "invalid", error: "The calendar file is empty." });
  });

  it("counts subscriptions against the calendar_fetch rate limit, like POST /api/calendar/sources", async () => {
    const cookie = await anonymousSession();
    actAs(cookie);
    useEnv({ RATE_LIMITS: "on", RATE_LIMIT_CALENDAR_FETCH_PER_MINUTE: "2" });
    try {
      const answers = [];
      // Each attempt counts, even one refused for its address.
      for (let attempt = 0; attempt < 3; attempt++) {
        answers.push(await subscribeCalendarAction(form({ url: "not a calendar address" })));
      }
      expect(answers.map((answer) => answer.status === "error" && answer.code)).toEqual([
        "invalid",
        "invalid",
        "rate_limited",
      ]);
      expect(answers[2].status === "error" && answers[2].error).toMatch(/Calendars were fetched too often/);
    } finally {
      // useEnv builds a fresh runtime: the fixed clock goes back in.
      useEnv({ RATE_LIMITS: "off", BUSY_BLOCKS_PER_PERSON: "3" });
      restoreRuntime = overrideRuntime({ clock });
    }
  });

  it("issues a private feed at this server's address and revokes it", async () => {
    const cookie = await anonymousSession();
    actAs(cookie);
    const issued = await issueFeedAction(form({}));
    expect(issued.status === "ok" && issued.data.url).toMatch(
      /^http:\/\/127\.0\.0\.1:3000\/api\/calendar\/feed\/[\w-]+\.ics$/,
    );
    expect((await overview(cookie)).feed.url).toBe(issued.status === "ok" ? issued.data.url : null);
    expect(await revokeFeedAction({})).toEqual({ status: "ok", data: null });
    expect((await overview(cookie)).feed.url).toBeNull();
  });
});

describe("the account page's actions", () => {
  it("saves the answers agents may give, and puts a too-long one's error beside its field", async () => {
    const cookie = await anonymousSession();
    actAs(cookie);
    const saved = await savePersonProfileAction(
      form({
        insurance_provider: "Delta Dental PPO",
        date_of_birth: "",
        pet_name: "Biscuit",
        callback_number: "",
      }),
    );
    expect(saved).toMatchObject({
      status: "ok",
      data: { insurance_provider: "Delta Dental PPO", date_of_birth: null },
    });
    expect(revalidated).toEqual(["/account"]);
    const profile = await (await getProfile(jsonRequest("/api/account/profile", { cookie }), {})).json();
    expect(profile.pet_name).toBe("Biscuit");

    const refused = await savePersonProfileAction(form({ pet_name: "x".repeat(121) }));
    expect(refused).toMatchObject({ status: "error", code: "invalid" });
    expect(refused.status === "error" && Object.keys(refused.fieldErrors)).toEqual(["pet_name"]);
  });

  it("records consent for a signed-up person, and refuses a guest and an outdated text as the REST route does", async () => {
    actAs(await anonymousSession());
    expect(await giveConsentAction({ version: consentVersion })).toMatchObject({
      status: "error",
      code: "forbidden",
    });
    const email = `consent-action-${process.pid}-${Date.now()}@example.test`;
    actAs(await emailSession(email));
    expect(await giveConsentAction(form({ version: "2020-01-v0" }))).toMatchObject({
      status: "error",
      code: "conflict",
    });
    const given = await giveConsentAction(form({ version: consentVersion }));
    expect(given).toMatchObject({ status: "ok", data: { version: consentVersion } });
    expect(given.status === "ok" && given.data.given_at).toBe(clock.now().toISOString());
    expect(given.status === "ok" && given.data.given_in).toBe("en");
  });

  it("records the language the consent text was shown in: a Spanish page agrees to the Spanish wording", async () => {
    const email = `consent-es-${process.pid}-${Date.now()}@example.test`;
    const cookie = await emailSession(email);
    actAs(`${cookie}; locale=es`);
    const given = await giveConsentAction(form({ version: consentVersion }));
    expect(given).toMatchObject({
      status: "ok",
      data: { version: consentVersion, given_in: "es" },
      message: expect.any(String),
    });
    // The REST API keeps the English wording; each page shows its own language's, under the same version.
    expect(given.status === "ok" && given.data.text).toBe(english.consent.text);
    expect(spanish.consent.text).toMatch(/^Acepto que CallPilot llame a negocios en mi nombre/);
  });
});

describe("a bad form from a page in another language", () => {
  it("is answered in that language: zod's own messages, the schema's own, and the sentence around them", async () => {
    const cookie = await emailSession(`validation-es-${process.pid}-${Date.now()}@example.test`);
    actAs(`${cookie}; locale=es`);
    const tooLong = await savePersonProfileAction(form({ pet_name: "x".repeat(121) }));
    expect(tooLong).toMatchObject({ status: "error", code: "invalid" });
    if (tooLong.status !== "error") throw new Error("expected a refusal");
    expect(tooLong.fieldErrors.pet_name).toMatch(/^Demasiado grande/);
    expect(tooLong.error).toMatch(/^Solicitud no válida — pet_name: Demasiado grande/);

    actAs(`${cookie}; locale=de`);
    expect(await verifyPhoneCodeAction(form({ code: "12ab" }))).toMatchObject({
      status: "error",
      code: "invalid",
      error: "Ungültige Anfrage — code: Geben Sie die 6 Ziffern des Codes ein, den wir geschickt haben.",
      fieldErrors: { code: "Geben Sie die 6 Ziffern des Codes ein, den wir geschickt haben." },
    });

    // The same form from an English page reads as before.
    actAs(cookie);
    expect(await verifyPhoneCodeAction(form({ code: "12ab" }))).toMatchObject({
      error: "Invalid request — code: Type the 6 digits of the code we sent.",
      fieldErrors: { code: "Type the 6 digits of the code we sent." },
    });
  });
});
