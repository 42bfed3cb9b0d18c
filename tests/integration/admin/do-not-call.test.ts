// The do-not-call list through its admin routes: numbers in any format are listed as E.164, listed once, removed,
// and every change is audited; an opt-out heard on a call waits for review, and confirming or dismissing it decides
// whether everyone's calls skip the number.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as confirm } from "@/app/api/admin/do-not-call/[phone]/confirm/route";
import { DELETE as remove } from "@/app/api/admin/do-not-call/[phone]/route";
import { GET as list, POST as add } from "@/app/api/admin/do-not-call/route";
import { listAuditEntriesForTargets } from "@/db/audit-log";
import { getCall } from "@/db/calls";
import { getProvider, seedDemoDirectory } from "@/db/providers";
import { ingestCallOutcome } from "@/lib/calls/ingestion";
import { systemClock } from "@/lib/clock";
import { isDoNotCall } from "@/lib/do-not-call/do-not-call-list";
import { jsonRequest, params } from "../helpers";
import { createBookingWithProviderCalls, createTestUser } from "../support/booking-fixtures";
import { createSessions, type Sessions } from "./admin-sessions";

let sessions: Sessions;
beforeAll(async () => {
  await seedDemoDirectory();
  sessions = await createSessions();
});

const addAsAdmin = (body: unknown) =>
  add(jsonRequest("/api/admin/do-not-call", { method: "POST", cookie: sessions.admin, body }), {});

describe("the do-not-call list", () => {
  it("lists a number written any way as E.164, shows the businesses with it, and refuses it twice", async () => {
    const provider = (await getProvider("dentist-cambridge-ma-2"))!;
    const local = provider.phone!.replace(/^\+1(\d{3})(\d{3})(\d{4})$/, "($1) $2-$3");
    const response = await addAsAdmin({ phone: local, reason: "Asked us to stop calling" });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ phone: provider.phone });
    expect(await isDoNotCall([provider.phone], null)).toBe(true);

    const { numbers } = await (
      await list(jsonRequest("/api/admin/do-not-call", { cookie: sessions.admin }), {})
    ).json();
    expect(numbers).toContainEqual(
      expect.objectContaining({
        phone: provider.phone,
        reason: "Asked us to stop calling",
        added_by: sessions.adminEmail,
        providers: [{ id: provider.id, name: provider.name }],
      }),
    );
    const again = await addAsAdmin({ phone: provider.phone });
    expect(again.status).toBe(409);
    expect((await listAuditEntriesForTargets([provider.phone!])).map((e) => e.action)).toEqual([
      "do_not_call.add",
    ]);
  });

  it("refuses what is not a phone number", async () => {
    const response = await addAsAdmin({ phone: "call me maybe" });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/not a valid phone number/);
  });

  it("removes a number (given URL-encoded), audited, and a second removal is a 404", async () => {
    await addAsAdmin({ phone: "+44 20 7946 0555" });
    const encoded = encodeURIComponent("+442079460555");
    const removeAsAdmin = () =>
      remove(
        jsonRequest(`/api/admin/do-not-call/${encoded}`, { method: "DELETE", cookie: sessions.admin }),
        params({ phone: encoded }),
      );
    expect((await removeAsAdmin()).status).toBe(204);
    expect(await isDoNotCall(["+442079460555"], null)).toBe(false);
    expect((await removeAsAdmin()).status).toBe(404);
    expect((await listAuditEntriesForTargets(["+442079460555"])).map((e) => e.action)).toEqual([
      "do_not_call.remove",
      "do_not_call.add",
    ]);
  });
});

/** A call of a new person on which a demo dentist asked, in these words, not to be called again. */
async function optOutHeard(said: string) {
  const userId = await createTestUser();
  const { callIds } = await createBookingWithProviderCalls({
    userId,
    callCount: 1,
    mode: "auto",
    now: new Date(),
    status: "in_progress",
  });
  await ingestCallOutcome(
    callIds[0],
    { status: "completed", opted_out: true, transcript: [{ role: "business", text: said }] },
    systemClock,
  );
  const call = await getCall(callIds[0]);
  return { userId, callId: callIds[0], phone: (await getProvider(call!.providerId))!.phone! };
}

const listAsAdmin = async () =>
  (await list(jsonRequest("/api/admin/do-not-call", { cookie: sessions.admin }), {})).json();

function reviewAs(cookie: string | undefined, phone: string, decision: "confirm" | "dismiss") {
  const encoded = encodeURIComponent(phone);
  return decision === "confirm"
    ? confirm(
        jsonRequest(`/api/admin/do-not-call/${encoded}/confirm`, { method: "POST", cookie }),
        params({ phone: encoded }),
      )
    : remove(
        jsonRequest(`/api/admin/do-not-call/${encoded}`, { method: "DELETE", cookie }),
        params({ phone: encoded }),
      );
}

describe("an opt-out heard on a call", () => {
  it("waits for review, keeping the number from that person's calls only; confirming lists it for everyone", async () => {
    const said = "Please take us off your list, we don't want these calls.";
    const heard = await optOutHeard(said);
    const phone = heard.phone;
    const other = await createTestUser();
    expect(await isDoNotCall([phone], heard.userId)).toBe(true);
    expect(await isDoNotCall([phone], other)).toBe(false);

    const before = await listAsAdmin();
    expect(before.numbers.some((n: { phone: string }) => n.phone === phone)).toBe(false);
    expect(before.pending_review).toContainEqual(
      expect.objectContaining({ phone, evidence: said, call_id: heard.callId }),
    );

    expect((await reviewAs(sessions.user, phone, "confirm")).status).toBe(403);
    const confirmed = await reviewAs(sessions.admin, phone, "confirm");
    expect(confirmed.status).toBe(200);
    expect(await confirmed.json()).toEqual({ phone, source_call_id: heard.callId });
    expect(await isDoNotCall([phone], other)).toBe(true);
    const after = await listAsAdmin();
    expect(after.pending_review).toEqual([]);
    expect(after.numbers).toContainEqual(
      expect.objectContaining({ phone, source_call_id: heard.callId, reason: expect.stringContaining(said) }),
    );
    expect((await listAuditEntriesForTargets([phone])).map((e) => e.action)).toEqual(["do_not_call.confirm"]);
    expect((await reviewAs(sessions.admin, phone, "confirm")).status).toBe(404);

    // Removing it lets everyone's calls dial it again.
    expect((await reviewAs(sessions.admin, phone, "dismiss")).status).toBe(204);
    expect(await isDoNotCall([phone], heard.userId)).toBe(false);
  });

  it("dismissed, it keeps the number from nobody's calls", async () => {
    const heard = await optOutHeard("Stop calling us.");
    const phone = heard.phone;
    expect(await isDoNotCall([phone], heard.userId)).toBe(true);
    expect((await reviewAs(sessions.admin, phone, "dismiss")).status).toBe(204);
    expect(await isDoNotCall([phone], heard.userId)).toBe(false);
    expect((await listAsAdmin()).pending_review).toEqual([]);
    expect((await reviewAs(sessions.admin, phone, "dismiss")).status).toBe(404);
  });
});
