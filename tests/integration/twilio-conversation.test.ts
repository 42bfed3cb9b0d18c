// The Twilio fallback end to end in one process: the real SDK places calls against the stub of Twilio's REST API,
// and the stub receptionist drives the TwiML route through whole conversations with signed requests.
import { eq } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getBooking } from "@/db/bookings";
import { getDb } from "@/db/client";
import { optOutRequests } from "@/db/schema";
import { listCallEventsForCall } from "@/db/call-events";
import { getCall, listCallsForBooking } from "@/db/calls";
import { getProvider } from "@/db/providers";
import { getTwimlSession } from "@/db/twiml-sessions";
import { listOptOutsToReview } from "@/lib/do-not-call/opt-out-review";
import { optOutApology } from "@/prompts/disclosure";
import { takeBookingLock } from "@/db/bookings";
import { confirmChoice } from "@/lib/booking/confirm-choice";
import type { ReceptionistReply, ReceptionistScript } from "../support/twilio-receptionist";
import { createBookingWithProviderCalls, createTestUser } from "./support/booking-fixtures";
import { startTwilioHarness, type TwilioHarness } from "./support/twilio-harness";
import { sayIn } from "@/tests/support/say-in";

let harness: TwilioHarness;

beforeAll(async () => {
  harness = await startTwilioHarness();
});

afterAll(async () => {
  await harness.close();
});

afterEach(() => {
  harness.receptionist(() => ({ answer: "no_answer" }));
});

/** A receptionist who offers these times in turn and answers each slot read back to her with the next `confirm`. */
function offering(
  offers: string[],
  confirm: ReceptionistReply[] = [{ speech: "Yes, that's booked." }],
): ReceptionistScript {
  let next = 0;
  let confirmed = 0;
  return {
    answer: "human",
    reply: (said) => {
      if (/could you (book|hold)|can you book/i.test(said))
        return confirm[Math.min(confirmed++, confirm.length - 1)];
      if (/opening then|which date and time|anything else|another time/i.test(said)) {
        return { speech: next < offers.length ? offers[next++] : "No, sorry, we're fully booked." };
      }
      return "hang_up";
    },
  };
}

async function callOnce(script: ReceptionistScript, mode: "auto" | "review" = "auto") {
  const userId = await createTestUser();
  const { bookingId, callIds } = await createBookingWithProviderCalls({
    userId,
    callCount: 1,
    mode,
    now: harness.clock.now(),
  });
  harness.receptionist(() => script);
  expect(await harness.dispatch()).toBe(1);
  const [played] = await harness.settle().then((all) => all.slice(-1));
  const call = (await getCall(callIds[0]))!;
  const booking = (await getBooking(bookingId))!;
  const events = await listCallEventsForCall(call.id);
  const transcript = events
    .filter((event) => event.type === "transcript")
    .map((event) => event.payload as { role: string; text: string });
  return { userId, bookingId, call, booking, played, events, transcript };
}

describe("the scripted Twilio conversation", () => {
  it("books the slot the receptionist offers inside the window once she confirms it", async () => {
    const { call, booking, played, transcript } = await callOnce(
      offering(["How about Tuesday, March 10 at 9:30 AM?"]),
    );

    expect(call.status).toBe("completed");
    expect(call.dialer).toBe("twilio");
    expect(call.externalId).toMatch(/^CA[0-9a-f]{32}$/);
    // 9:30 in Boston on 10 March is 13:30 UTC: daylight saving time began on the 8th.
    expect(booking.status).toBe("booked");
    expect(booking.bookedCallId).toBe(call.id);
    expect(booking.bookedSlotStart?.toISOString()).toBe("2026-03-10T13:30:00.000Z");
    expect(call.offeredSlots).toEqual([
      {
        start: "2026-03-10T13:30:00.000Z",
        end: "2026-03-10T14:30:00.000Z",
        fits: true,
        reason: null,
        reason_sentence: null,
      },
    ]);
    // The summary in English for the admin, and as a sentence the person's page words in its own language.
    expect(call.outcome?.summary).toBe("Booked Tuesday 10 March at 09:30.");
    expect(call.outcome?.summary_sentence).toEqual({
      key: "callBooked",
      values: { when: { instant: "2026-03-10T13:30:00.000Z", zone: "America/New_York" } },
    });

    // Step 0 greets and states the client and the window; 1 is skipped (a time was offered straight away);
    // 2 reads the slot back for a yes or a 1; 3 thanks and hangs up.
    expect(played.lines[0]).toMatch(
      /I'm an AI assistant calling on behalf of Sam Lee\. I'd like to book a dentist appointment with Back Bay Dental Studio\. They are available from Friday 6 March to Friday 13 March\. Do you have an opening then\?/,
    );
    expect(played.lines[2]).toMatch(
      /Tuesday 10 March at 9:30 AM works for Sam Lee\. Could you book that for them\? Please say yes, or press 1/,
    );
    expect(played.lines.at(-1)).toMatch(/booked for Tuesday 10 March at 9:30 AM\. Goodbye!/);
    expect(played.twiml[0]).toContain('<Gather input="speech dtmf"');
    expect(played.twiml[0]).toContain('action="https://callpilot.example.test/api/twilio/voice"');
    expect(played.twiml[0]).toContain('actionOnEmptyResult="true"');
    expect(played.twiml.at(-1)).toMatch(/<Say[^>]*>[^<]+<\/Say><Hangup\/><\/Response>$/);

    // Every line said on both sides is in the transcript the live page shows.
    expect(transcript.map((line) => line.role)).toEqual(["agent", "business", "agent", "business", "agent"]);
    expect(transcript[1].text).toBe("How about Tuesday, March 10 at 9:30 AM?");
    expect((await getTwimlSession(call.externalId!))?.step).toBe("closed");
  });

  it("asks for another time when the offer is outside the client's window, then books the one inside", async () => {
    const { call, booking, played } = await callOnce(
      offering(["We could see them on March 20 at 11 am.", "Then Wednesday at 2 pm?"]),
    );
    expect(played.lines[2]).toMatch(
      /Friday 20 March at 11 AM doesn't work\. That is outside the dates Sam Lee is available\. Do you have anything else/,
    );
    expect(call.offeredSlots.map((slot) => [slot.start, slot.fits])).toEqual([
      ["2026-03-11T18:00:00.000Z", true],
      ["2026-03-20T15:00:00.000Z", false],
    ]);
    expect(booking.bookedSlotStart?.toISOString()).toBe("2026-03-11T18:00:00.000Z");
  });

  it("turns down a slot that clashes with the client's other booked appointment", async () => {
    const userId = await createTestUser();
    const other = await createBookingWithProviderCalls({
      userId,
      callCount: 1,
      mode: "auto",
      now: harness.clock.now(),
    });
    await takeBookingLock({
      bookingId: other.bookingId,
      expectedStatus: "processing",
      callId: other.callIds[0],
      providerId: (await getCall(other.callIds[0]))!.providerId,
      slot: { start: new Date("2026-03-10T13:00:00Z"), end: new Date("2026-03-10T14:00:00Z") },
      now: harness.clock.now(),
    });
    const { bookingId, callIds } = await createBookingWithProviderCalls({
      userId,
      callCount: 1,
      mode: "auto",
      now: harness.clock.now(),
    });
    harness.receptionist(() => offering(["Tuesday the 10th at 9:30 am", "Or Tuesday at 11:30?"]));
    await harness.dispatch();
    const played = (await harness.settle()).at(-1)!;

    expect(played.lines[2]).toMatch(/Sam Lee already has another appointment at that time\./);
    const call = (await getCall(callIds[0]))!;
    expect(call.offeredSlots.map((slot) => slot.fits)).toEqual([false, true]);
    expect((await getBooking(bookingId))?.bookedSlotStart?.toISOString()).toBe("2026-03-10T15:30:00.000Z");
  });

  it("leaves a short message on voicemail, never tries to book, and the call is retried later", async () => {
    const { call, booking, played, bookingId } = await callOnce({ answer: "machine" });
    expect(call.status).toBe("voicemail");
    expect(call.offeredSlots).toEqual([]);
    expect(played.twiml).toHaveLength(1);
    expect(played.twiml[0]).not.toContain("<Gather");
    expect(played.lines[0]).toMatch(/about booking a dentist appointment\. We will call back later/);
    expect(booking.status).toBe("processing");
    const retry = (await listCallsForBooking(bookingId)).find((other) => other.previousCallId === call.id);
    expect(retry?.status).toBe("scheduled");
    expect(retry?.scheduledFor?.getTime()).toBe(harness.clock.now().getTime() + 60 * 60_000);
  });

  it("treats a voicemail greeting that machine detection missed as voicemail", async () => {
    const { call, played, bookingId } = await callOnce({
      answer: "human",
      reply: () => ({ speech: "You've reached Back Bay Dental, please leave a message after the beep." }),
    });
    expect(played.lines.at(-1)).toMatch(/about booking a dentist appointment\. We will call back later/);
    expect(call.status).toBe("voicemail");
    expect(call.offeredSlots).toEqual([]);
    const retry = (await listCallsForBooking(bookingId)).find((other) => other.previousCallId === call.id);
    expect(retry?.status).toBe("scheduled");
  });

  it("records an unanswered call as no answer and schedules a retry", async () => {
    const { call, bookingId, events } = await callOnce({ answer: "no_answer" });
    expect(call.status).toBe("no_answer");
    expect(call.failureReason).toBe("Nobody answered the phone.");
    expect(events.filter((event) => event.type === "call_status").map((e) => e.payload)).toEqual([
      { status: "ringing" },
    ]);
    const retry = (await listCallsForBooking(bookingId)).find((other) => other.previousCallId === call.id);
    expect(retry?.scheduledFor?.getTime()).toBe(harness.clock.now().getTime() + 15 * 60_000);
  });

  it("asks again after garbled speech, then ends the call politely with a recorded outcome", async () => {
    const { call, booking, played } = await callOnce({
      answer: "human",
      reply: () => ({ speech: "grmbl zzzt hmm" }),
    });
    expect(
      played.lines.filter((line) => line.startsWith("caller: Sorry, I didn't catch that.")),
    ).toHaveLength(2);
    expect(played.lines.at(-1)).toMatch(/I'm having trouble understanding\. Sam Lee will call you back/);
    expect(call.status).toBe("completed");
    expect(call.failureReason).toBe("The business's replies could not be understood.");
    expect(booking.status).not.toBe("booked");
  });
});

describe("a receptionist the script cannot book with", () => {
  it("ends the call politely when there is nothing that week", async () => {
    const { call, played, booking } = await callOnce({
      answer: "human",
      reply: () => ({ speech: "Sorry, we don't have anything that week, we're fully booked." }),
    });
    expect(played.lines.at(-1)).toBe("caller: I understand. Thank you for your time, goodbye.");
    expect(call.status).toBe("completed");
    expect(call.failureReason).toBe(
      "They had no appointment to offer: “Sorry, we don't have anything that week, we're fully booked.”",
    );
    // For the person's page: the same reason as a sentence, with the business's words quoted as they said them.
    expect(call.failureSentence).toEqual({
      key: "failureNoAppointmentToOffer",
      values: { heard: "“Sorry, we don't have anything that week, we're fully booked.”" },
    });
    expect(sayIn("es", call.failureSentence!)).toBe(
      "No tenían ninguna cita que ofrecer: “Sorry, we don't have anything that week, we're fully booked.”",
    );
    expect(booking.status).not.toBe("booked");
  });

  it("ends the call politely on a question it cannot answer, and says what was asked", async () => {
    // A question about the client goes to the client instead (tests/integration/live-questions-twilio.test.ts).
    const { call, played } = await callOnce({
      answer: "human",
      reply: () => ({ speech: "Sure, is this for a cleaning or a filling?" }),
    });
    expect(played.lines.at(-1)).toMatch(
      /I'm an AI assistant and can't answer that\. Sam Lee will call you back directly/,
    );
    expect(call.failureReason).toBe(
      "They asked something the scripted call could not answer: “Sure, is this for a cleaning or a filling?”",
    );
  });

  it("apologises and hangs up when asked not to call again, and records the opt-out with the business's words", async () => {
    const said = "We don't accept automated calls. Take us off your list, please.";
    const { call, played } = await callOnce({ answer: "human", reply: () => ({ speech: said }) });
    expect(played.lines.at(-1)).toBe(`caller: ${optOutApology}`);
    expect(call.outcome?.opted_out).toBe(true);
    expect(call.failureReason).toMatch(/asked not to be called again/);
    const provider = await getProvider(call.providerId);
    expect((await listOptOutsToReview()).find((e) => e.callId === call.id)).toMatchObject({
      phone: provider!.phone,
      evidence: said,
    });
    // The other tests call the same business.
    await getDb().delete(optOutRequests).where(eq(optOutRequests.callId, call.id));
  });

  it("gives up after three offers that do not fit", async () => {
    const { call, played } = await callOnce(
      offering(["March 20 at 10 am", "March 23 at 10 am", "March 24 at 10 am", "March 25 at 10 am"]),
    );
    expect(call.offeredSlots).toHaveLength(3);
    expect(call.offeredSlots.every((slot) => !slot.fits)).toBe(true);
    expect(played.lines.at(-1)).toMatch(/None of those times work for Sam Lee/);
    expect(call.failureReason).toBe("None of the 3 times they offered fit the client's availability.");
    expect(sayIn("de", call.failureSentence!)).toBe(
      "Keine der 3 angebotenen Zeiten passt zu den verfügbaren Zeiten.",
    );
  });

  it("records a call the business hangs up mid-conversation as completed without a time", async () => {
    const { call, booking } = await callOnce({ answer: "human", reply: () => "hang_up" });
    expect(call.status).toBe("completed");
    expect(call.failureReason).toBe("The business hung up before a time was agreed.");
    expect(booking.status).not.toBe("booked");
  });

  it("hangs up on a fax machine and records the call as failed", async () => {
    const { call, played } = await callOnce({ answer: "fax" });
    expect(played.twiml[0]).toMatch(/<Response><Hangup\/><\/Response>$/);
    expect(call.status).toBe("failed");
    expect(call.failureReason).toBe("A fax machine answered this number.");
  });
});

describe("the script's other turns", () => {
  it("waits when asked to hold on, asks for the time of a day named alone, and takes a 1 as yes", async () => {
    let turn = 0;
    const replies: ReceptionistReply[] = [
      { speech: "Hold on, let me check." },
      { speech: "We have something on Tuesday." },
      { speech: "At half past two." },
      { digits: "1" },
    ];
    const { booking, played } = await callOnce({
      answer: "human",
      reply: () => replies[turn++] ?? "hang_up",
    });
    expect(played.lines[2]).toBe("caller: Of course, take your time.");
    expect(played.lines[4]).toBe("caller: What time on Tuesday 10 March would that be?");
    expect(played.twiml[1]).toContain('timeout="15"');
    expect(booking.bookedSlotStart?.toISOString()).toBe("2026-03-10T18:30:00.000Z");
  });

  it("in review mode asks the business to hold the slot and books nothing", async () => {
    const { booking, call, played } = await callOnce(offering(["Monday at 10 am"]), "review");
    expect(played.lines[2]).toMatch(
      /Monday 9 March at 10 AM would suit Sam Lee, who is comparing a few offers\. Could you hold it/,
    );
    // The summary is a record: the hold's end is a date, not "today", which would be wrong tomorrow.
    expect(call.outcome?.summary).toBe(
      "Offered Monday 9 March at 10:00; they agreed to hold it until Wednesday 4 March at 12:00.",
    );
    // On the phone it was "today" (the script's words, in the business's language).
    expect(played.lines.join("\n")).toMatch(/until 12:00 PM today/);
    expect(booking.bookedCallId).toBeNull();
    expect(booking.status).toBe("awaiting_choice");
  });

  it("asks for another time when the business cannot book the slot after all", async () => {
    const { booking, played } = await callOnce(
      offering(
        ["Monday at 10 am", "Tuesday at 11 am"],
        [{ speech: "No, sorry, that one has just gone." }, { speech: "Yes." }],
      ),
    );
    expect(played.lines[4]).toMatch(/^caller: No problem\. Is there another time from Friday 6 March/);
    expect(booking.bookedSlotStart?.toISOString()).toBe("2026-03-10T15:00:00.000Z");
  });

  it("in review mode, the confirmation call books the slot the person chose once the business says yes", async () => {
    const { booking, call, userId, bookingId } = await callOnce(offering(["Monday at 10 am"]), "review");
    expect(booking.status).toBe("awaiting_choice");
    await confirmChoice(
      { userId, bookingId, providerId: call.providerId, slotStart: "2026-03-09T14:00:00.000Z" },
      harness.clock,
    );
    harness.receptionist(() => ({
      answer: "human",
      reply: () => ({ speech: "Yes, it's still free, booked." }),
    }));
    expect(await harness.dispatch()).toBe(1);
    const played = (await harness.settle()).at(-1)!;
    expect(played.lines[0]).toMatch(
      /to confirm a dentist appointment on Monday 9 March at 10 AM\. Is that still available to book\?/,
    );
    expect(played.lines.at(-1)).toMatch(/booked for Monday 9 March at 10 AM\. Goodbye!/);
    const booked = (await getBooking(bookingId))!;
    expect(booked.status).toBe("booked");
    expect(booked.bookedSlotStart?.toISOString()).toBe("2026-03-09T14:00:00.000Z");
    expect(booked.bookedCallId).not.toBe(call.id);
  });
});
