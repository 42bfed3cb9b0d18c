// The Twilio webhooks' guarantees: only requests signed for the public URL are heard (behind a proxy too), a
// forgery changes nothing, a redelivered status callback changes nothing twice, and calls racing for one booking
// book it exactly once, across the same booking lock every dialer uses.
import twilio from "twilio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postStatus } from "@/app/api/twilio/status/route";
import { POST as postVoice } from "@/app/api/twilio/voice/route";
import { getBooking } from "@/db/bookings";
import { listCallEventsForCall } from "@/db/call-events";
import { getCall, listCallsForBooking } from "@/db/calls";
import { getTwimlSession } from "@/db/twiml-sessions";
import { getDb } from "@/db/client";
import { calls } from "@/db/schema";
import { reconcileAfterMs, reconcileTwilioCalls } from "@/lib/calls/twilio/reconcile";
import { getConfig } from "@/lib/config";
import { eq } from "drizzle-orm";
import { spokenText } from "../support/twilio-receptionist";
import { createBookingWithProviderCalls, createTestUser } from "./support/booking-fixtures";
import { settleReactions } from "@/tests/support/job-runner";
import {
  internalOrigin,
  startTwilioHarness,
  twilioAccount,
  type TwilioHarness,
} from "./support/twilio-harness";

let harness: TwilioHarness;

beforeAll(async () => {
  harness = await startTwilioHarness();
});

afterAll(async () => {
  await harness.close();
});

/** Dials one call through the stub with nobody playing Twilio's side, and returns it with its call SID. */
async function dialedCall(mode: "auto" | "review" = "auto") {
  harness.stub.setOnCallCreated(undefined);
  const userId = await createTestUser();
  const { bookingId, callIds } = await createBookingWithProviderCalls({
    userId,
    callCount: 1,
    mode,
    now: harness.clock.now(),
  });
  await harness.dispatch();
  const call = (await getCall(callIds[0]))!;
  return { bookingId, callId: call.id, callSid: call.externalId! };
}

const voiceUrl = `${twilioAccount.publicBaseUrl}/api/twilio/voice`;
const statusUrl = `${twilioAccount.publicBaseUrl}/api/twilio/status`;

function signed(url: string, params: Record<string, string>) {
  return harness.deliver(url, params, twilio.getExpectedTwilioSignature(twilioAccount.token, url, params));
}

function rawRequest(
  path: string,
  params: Record<string, string>,
  signature: string | null,
  origin = internalOrigin,
) {
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (signature !== null) headers["x-twilio-signature"] = signature;
  return new Request(`${origin}${path}`, { method: "POST", headers, body: new URLSearchParams(params) });
}

describe("signed Twilio webhooks", () => {
  it("answers a request signed for PUBLIC_BASE_URL though it arrives at the app's internal address", async () => {
    const { callSid, callId } = await dialedCall();
    const response = await signed(voiceUrl, {
      CallSid: callSid,
      AnsweredBy: "human",
      CallStatus: "in-progress",
    });
    expect(response.status).toBe(200);
    expect(spokenText(response.body)).toMatch(/^Hello — I'm an AI assistant calling on behalf of Sam Lee\./);
    expect((await getTwimlSession(callSid))?.callId).toBe(callId);
  });

  it("refuses a forged, a missing, or a Host-based signature with 403 and changes nothing", async () => {
    const { callSid, callId } = await dialedCall();
    const params = { CallSid: callSid, AnsweredBy: "human", CallStatus: "in-progress" };
    const eventsBefore = (await listCallEventsForCall(callId)).length;

    const forged = await postVoice(rawRequest("/api/twilio/voice", params, "bm90IGEgc2lnbmF0dXJl"), {});
    const missing = await postVoice(rawRequest("/api/twilio/voice", params, null), {});
    // Signed for the address the request arrived at (what trusting the Host header would check), not the public URL.
    const hostSigned = await postVoice(
      rawRequest(
        "/api/twilio/voice",
        params,
        twilio.getExpectedTwilioSignature(twilioAccount.token, `${internalOrigin}/api/twilio/voice`, params),
      ),
      {},
    );
    // A valid signature over other parameters: the body was tampered with.
    const tampered = await postVoice(
      rawRequest(
        "/api/twilio/voice",
        { ...params, AnsweredBy: "machine_end_beep" },
        twilio.getExpectedTwilioSignature(twilioAccount.token, voiceUrl, params),
      ),
      {},
    );
    const forgedStatus = await postStatus(
      rawRequest("/api/twilio/status", { CallSid: callSid, CallStatus: "completed" }, "bm90IGEgc2lnbmF0dXJl"),
      {},
    );

    for (const response of [forged, missing, hostSigned, tampered, forgedStatus]) {
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        error: "This request does not carry a valid Twilio signature.",
      });
    }
    expect(await getTwimlSession(callSid)).toBeUndefined();
    expect((await getCall(callId))?.status).toBe("in_progress");
    expect(await listCallEventsForCall(callId)).toHaveLength(eventsBefore);
  });

  it("a replayed status callback changes nothing the second time", async () => {
    const { callSid, callId, bookingId } = await dialedCall();
    const ringing = { CallSid: callSid, CallStatus: "ringing", SequenceNumber: "1" };
    const noAnswer = { CallSid: callSid, CallStatus: "no-answer", SequenceNumber: "2", CallDuration: "0" };
    for (const params of [ringing, ringing, noAnswer, noAnswer]) {
      expect((await signed(statusUrl, params)).status).toBe(204);
    }
    await settleReactions(); // the retry is the reaction to the call's end
    const events = await listCallEventsForCall(callId);
    expect(events.filter((e) => e.type === "call_status")).toHaveLength(1);
    expect(events.filter((e) => e.type === "call_ended")).toHaveLength(1);
    expect((await getCall(callId))?.status).toBe("no_answer");
    // One retry, not two.
    expect(
      (await listCallsForBooking(bookingId)).filter((call) => call.previousCallId === callId),
    ).toHaveLength(1);
  });

  it("a final status after the script ended the call keeps the script's outcome", async () => {
    const { callSid, callId } = await dialedCall();
    await signed(voiceUrl, { CallSid: callSid, AnsweredBy: "human" });
    await signed(voiceUrl, { CallSid: callSid, SpeechResult: "No, sorry, we don't take bookings by phone." });
    const ended = await getCall(callId);
    await signed(statusUrl, {
      CallSid: callSid,
      CallStatus: "completed",
      SequenceNumber: "3",
      CallDuration: "31",
    });
    expect(await getCall(callId)).toEqual(ended);
  });

  it("a reply for a call whose script has ended only hangs up", async () => {
    const { callSid, callId } = await dialedCall();
    await signed(voiceUrl, { CallSid: callSid, AnsweredBy: "machine_end_beep" });
    const events = (await listCallEventsForCall(callId)).length;
    const late = await signed(voiceUrl, { CallSid: callSid, SpeechResult: "Hello? Tuesday at 9?" });
    expect(late.body).toMatch(/<Response><Hangup\/><\/Response>$/);
    expect(await listCallEventsForCall(callId)).toHaveLength(events);
  });
});

describe("two Twilio calls racing for one booking", () => {
  it("books exactly once; the other business hears that the client booked elsewhere", async () => {
    harness.stub.setOnCallCreated(undefined);
    const userId = await createTestUser();
    const { bookingId, callIds } = await createBookingWithProviderCalls({
      userId,
      callCount: 2,
      mode: "auto",
      now: harness.clock.now(),
    });
    await harness.dispatch();
    const sids = await Promise.all(callIds.map(async (id) => (await getCall(id))!.externalId!));
    for (const sid of sids) await signed(voiceUrl, { CallSid: sid, AnsweredBy: "human" });
    for (const sid of sids) await signed(voiceUrl, { CallSid: sid, SpeechResult: "Monday at 10 am works." });
    const answers = await Promise.all(sids.map((sid) => signed(voiceUrl, { CallSid: sid, Digits: "1" })));

    const said = answers.map((answer) => spokenText(answer.body));
    expect(said.filter((text) => /^Wonderful, thank you\./.test(text))).toHaveLength(1);
    expect(said.filter((text) => /has just booked another appointment/.test(text))).toHaveLength(1);
    const booking = (await getBooking(bookingId))!;
    expect(booking.status).toBe("booked");
    expect(callIds).toContain(booking.bookedCallId);
  });
});

describe("a lost final status callback", () => {
  it("is reconciled from Twilio's API once Twilio must have ended the call", async () => {
    const ended = await dialedCall();
    const running = await dialedCall();
    const vanished = await dialedCall();
    await getDb()
      .update(calls)
      .set({ externalId: "CA00000000000000000000000000000000" })
      .where(eq(calls.id, vanished.callId));
    harness.stub.setCallStatus(ended.callSid, "completed", "machine_end_beep", 14);
    harness.stub.setCallStatus(running.callSid, "in-progress", "human");
    const config = getConfig();

    // Not yet: the final callback may still be on its way.
    expect(await reconcileTwilioCalls({ config, clock: harness.clock })).toBe(0);
    const start = harness.clock.now();
    harness.clock.advance(reconcileAfterMs + 1);
    try {
      expect(await reconcileTwilioCalls({ config, clock: harness.clock })).toBe(2);
    } finally {
      harness.clock.set(start);
    }
    expect(await getCall(ended.callId)).toMatchObject({ status: "voicemail" });
    expect((await getCall(ended.callId))?.outcome?.duration_seconds).toBe(14);
    expect(await getCall(running.callId)).toMatchObject({ status: "in_progress" });
    expect(await getCall(vanished.callId)).toMatchObject({
      status: "failed",
      failureReason: "Twilio has no record of this call; its result was lost.",
    });
  });
});
