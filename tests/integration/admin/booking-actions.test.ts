// The admin's actions on bookings through their routes: retry a call, cancel pending calls, mark resolved — each
// recorded in the audit log, and none of them changing what the person sees beyond the calls themselves.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { POST as cancelPending } from "@/app/api/admin/bookings/[id]/cancel-pending-calls/route";
import { POST as resolve } from "@/app/api/admin/bookings/[id]/resolve/route";
import { GET as adminBooking } from "@/app/api/admin/bookings/[id]/route";
import { POST as retry } from "@/app/api/admin/calls/[id]/retry/route";
import { GET as personBooking } from "@/app/api/booking/[id]/route";
import { listAuditEntriesForTargets } from "@/db/audit-log";
import { getBooking } from "@/db/bookings";
import { getCall, listCallsForBooking } from "@/db/calls";
import { listCallEventsForCall, recordCallEvents } from "@/db/call-events";
import { seedDemoDirectory } from "@/db/providers";
import { overrideRuntime } from "@/lib/runtime";
import { pauseBackgroundJobs } from "@/tests/support/job-runner";
import { jsonRequest, params } from "../helpers";
import { callingBooking, clock, settledBooking, userIdOf } from "./admin-fixtures";
import { createSessions, type Sessions } from "./admin-sessions";

let sessions: Sessions;
let personId: string;
let personCookie: string;
let restoreRuntime: () => void;

// What a test queues stays queued until it looks: no dispatch pass runs behind its back.
pauseBackgroundJobs();
beforeAll(async () => {
  await seedDemoDirectory();
  sessions = await createSessions();
  personCookie = sessions.user;
  personId = await userIdOf(sessions.userEmail);
  restoreRuntime = overrideRuntime({ clock });
});
afterAll(() => restoreRuntime());
beforeEach(() => clock.set("2026-11-26T15:00:00Z"));

const post = (handler: typeof retry, path: string, id: string, body?: unknown) =>
  handler(jsonRequest(path, { method: "POST", cookie: sessions.admin, body }), params({ id }));

describe("retrying a call", () => {
  it("queues attempt 2 now, replaces the automatic retry, reopens the settled booking, and records who did it", async () => {
    const { bookingId, unanswered, automaticRetry } = await settledBooking(personId);
    clock.advance(60_000);

    const response = await post(retry, `/api/admin/calls/${unanswered}/retry`, unanswered);
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({
      booking_id: bookingId,
      attempt: 2,
      previous_call_id: unanswered,
      status: "queued",
    });
    expect(body.replaced_call_ids).toEqual([automaticRetry]);

    const newCall = await getCall(body.call_id);
    expect(newCall).toMatchObject({
      status: "queued",
      attempt: 2,
      previousCallId: unanswered,
      scheduledFor: null,
    });
    expect((await getCall(automaticRetry))?.status).toBe("canceled");
    expect((await getBooking(bookingId))?.status).toBe("processing");
    const queued = (await listCallEventsForCall(body.call_id)).find((event) => event.type === "call_queued");
    expect(queued?.payload).toMatchObject({ attempt: 2, retry_of: unanswered });

    const [entry] = await listAuditEntriesForTargets([unanswered]);
    expect(entry).toMatchObject({
      action: "call.retry",
      actorEmail: sessions.adminEmail,
      targetType: "call",
    });
    expect(entry.details).toMatchObject({
      new_call_id: body.call_id,
      booking_status: { from: "awaiting_choice", to: "processing" },
    });
    expect(entry.createdAt.toISOString()).toBe("2026-11-26T15:01:00.000Z");
  });

  it("refuses a completed call, a call whose later attempt was dialed, and any call of a booked booking", async () => {
    const { bookingId, unanswered, answered, automaticRetry } = await settledBooking(personId);
    const completed = await post(retry, `/api/admin/calls/${answered}/retry`, answered);
    expect(completed.status).toBe(409);
    expect((await completed.json()).error).toMatch(/Only a failed or unanswered call/);

    const { finishCall } = await import("@/db/calls");
    await finishCall({
      callId: automaticRetry,
      status: "busy",
      outcome: null,
      failure: null,
      now: clock.now(),
    });
    const superseded = await post(retry, `/api/admin/calls/${unanswered}/retry`, unanswered);
    expect(superseded.status).toBe(409);
    expect((await superseded.json()).error).toMatch(/already tried again/);

    const { takeBookingLock } = await import("@/db/bookings");
    await takeBookingLock({
      bookingId,
      expectedStatus: "awaiting_choice",
      callId: answered,
      providerId: "dentist-cambridge-ma-2",
      slot: { start: new Date("2026-11-30T14:00:00Z"), end: new Date("2026-11-30T15:00:00Z") },
      now: clock.now(),
    });
    const booked = await post(retry, `/api/admin/calls/${automaticRetry}/retry`, automaticRetry);
    expect(booked.status).toBe(409);
    expect((await booked.json()).error).toMatch(/already booked/);
    expect(await listAuditEntriesForTargets([unanswered, answered, automaticRetry])).toEqual([]);
  });

  it("answers 404 for a call that does not exist", async () => {
    const response = await post(retry, "/api/admin/calls/call_missing/retry", "call_missing");
    expect(response.status).toBe(404);
  });
});

describe("canceling a booking's pending calls", () => {
  it("cancels the calls not dialed yet, leaves the live one, and a second try has nothing left to cancel", async () => {
    const { bookingId, queued, live } = await callingBooking(personId);
    const response = await post(
      cancelPending,
      `/api/admin/bookings/${bookingId}/cancel-pending-calls`,
      bookingId,
    );
    expect(response.status).toBe(200);
    expect((await response.json()).canceled_call_ids.sort()).toEqual([...queued].sort());

    const rows = await listCallsForBooking(bookingId);
    expect(
      rows
        .filter((c) => c.status === "canceled")
        .map((c) => c.id)
        .sort(),
    ).toEqual([...queued].sort());
    expect(rows.find((c) => c.id === live)?.status).toBe("in_progress");
    expect(rows.find((c) => c.id === queued[0])?.failureReason).toBe("Canceled by an administrator.");
    const [entry] = await listAuditEntriesForTargets([bookingId]);
    expect(entry).toMatchObject({ action: "booking.cancel_pending_calls", actorEmail: sessions.adminEmail });

    const again = await post(
      cancelPending,
      `/api/admin/bookings/${bookingId}/cancel-pending-calls`,
      bookingId,
    );
    expect(again.status).toBe(409);
    expect(await listAuditEntriesForTargets([bookingId])).toHaveLength(1);
  });
});

describe("marking a booking resolved", () => {
  it("records the note for admins, keeps the person's view as it was, and audits every rewrite", async () => {
    const { bookingId } = await settledBooking(personId);
    const before = await (
      await personBooking(
        jsonRequest(`/api/booking/${bookingId}`, { cookie: personCookie }),
        params({ id: bookingId }),
      )
    ).json();

    const first = await post(resolve, `/api/admin/bookings/${bookingId}/resolve`, bookingId, {
      note: "Called the clinic; booked by phone.",
    });
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({
      note: "Called the clinic; booked by phone.",
      resolved_by: sessions.adminEmail,
    });
    await post(resolve, `/api/admin/bookings/${bookingId}/resolve`, bookingId, {
      note: "Booked for Tuesday 9:00.",
    });

    const detail = await (
      await adminBooking(
        jsonRequest(`/api/admin/bookings/${bookingId}`, { cookie: sessions.admin }),
        params({ id: bookingId }),
      )
    ).json();
    expect(detail.resolution).toMatchObject({
      note: "Booked for Tuesday 9:00.",
      resolved_by_email: sessions.adminEmail,
    });
    const after = await (
      await personBooking(
        jsonRequest(`/api/booking/${bookingId}`, { cookie: personCookie }),
        params({ id: bookingId }),
      )
    ).json();
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).not.toContain("Booked for Tuesday");

    const entries = await listAuditEntriesForTargets([bookingId]);
    expect(entries.map((e) => e.details)).toEqual([
      { note: "Booked for Tuesday 9:00.", previous_note: "Called the clinic; booked by phone." },
      { note: "Called the clinic; booked by phone.", previous_note: null },
    ]);
  });

  it("needs a note", async () => {
    const { bookingId } = await settledBooking(personId);
    const response = await post(resolve, `/api/admin/bookings/${bookingId}/resolve`, bookingId, {
      note: "  ",
    });
    expect(response.status).toBe(400);
    expect(await listAuditEntriesForTargets([bookingId])).toEqual([]);
  });
});

describe("a booking's admin page data", () => {
  it("has each call's transcript, timeline, outcome, duration, dialer, ids, retry verdict, and the score breakdown", async () => {
    const { bookingId, unanswered, answered, automaticRetry } = await settledBooking(personId);
    const response = await adminBooking(
      jsonRequest(`/api/admin/bookings/${bookingId}`, { cookie: sessions.admin }),
      params({ id: bookingId }),
    );
    expect(response.status).toBe(200);
    const detail = await response.json();
    const byId = Object.fromEntries(detail.calls.map((c: { call_id: string }) => [c.call_id, c]));

    expect(byId[answered]).toMatchObject({
      status: "completed",
      dialer: "simulated",
      duration_seconds: 42,
      redirected: false,
      outcome: { requirements: ["insurance card"], summary: "Offered Tuesday morning." },
      retry: { allowed: false },
    });
    expect(byId[answered].transcript.map((l: { role: string; text: string }) => [l.role, l.text])).toEqual([
      ["agent", "Hello, I am calling for Sam Lee."],
      ["business", "We have Tuesday at nine."],
    ]);
    expect(byId[answered].transcript[0]).toMatchObject({ language: "en", translation: null });
    expect(byId[answered].timeline.map((e: { type: string }) => e.type)).toContain("slot_offered");
    expect(byId[unanswered]).toMatchObject({
      status: "no_answer",
      failure_reason: "Nobody answered.",
      retry: { allowed: true },
    });
    expect(byId[automaticRetry]).toMatchObject({
      status: "scheduled",
      attempt: 2,
      previous_call_id: unanswered,
    });
    const ranked = detail.view.results.find(
      (r: { provider_id: string }) => r.provider_id === "dentist-cambridge-ma-2",
    );
    expect(ranked.score_breakdown).toMatchObject({ weights: { fit: 0.4 } });
    expect(detail.pending_calls).toBe(1);
  });
});

describe("a call abroad on the admin page", () => {
  it("gives each line its language, with the English translation the person's page had made; translations stay off the timeline", async () => {
    const { bookingId, answered } = await settledBooking(personId);
    const [line] = await recordCallEvents([
      {
        bookingId,
        callId: answered,
        type: "transcript",
        payload: { role: "business", text: "Nous avons mardi à 9 h 30.", language: "fr" },
        at: clock.now(),
      },
    ]);
    await recordCallEvents([
      {
        bookingId,
        callId: answered,
        type: "transcript_translated",
        payload: { of_seq: line.seq, language: "es", text: "Tenemos el martes a las 9:30." },
        at: clock.now(),
      },
      {
        bookingId,
        callId: answered,
        type: "transcript_translated",
        payload: { of_seq: line.seq, language: "en", text: "We have Tuesday at 9:30." },
        at: clock.now(),
      },
    ]);
    const response = await adminBooking(
      jsonRequest(`/api/admin/bookings/${bookingId}`, { cookie: sessions.admin }),
      params({ id: bookingId }),
    );
    const detail = await response.json();
    const answeredCall = detail.calls.find((c: { call_id: string }) => c.call_id === answered);
    expect(answeredCall.transcript.at(-1)).toMatchObject({
      role: "business",
      text: "Nous avons mardi à 9 h 30.",
      language: "fr",
      translation: "We have Tuesday at 9:30.",
    });
    expect(answeredCall.timeline.map((e: { type: string }) => e.type)).not.toContain("transcript_translated");
  });
});
