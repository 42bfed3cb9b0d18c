// Issue 8 on the Twilio fallback: a phone menu answered with the booking option's key, voicemail, and a release
// call to a business that held a slot, end to end
// against the stub of Twilio's REST API and the stub receptionist (signed webhooks).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getBooking } from "@/db/bookings";
import { listCallEventsForCall } from "@/db/call-events";
import { getCall, listCallsForBooking } from "@/db/calls";
import { listHoldsForBooking, recordHoldRequest, settleHoldRequests } from "@/db/slot-holds";
import { takeBookingLock } from "@/db/bookings";
import { releaseUnneededHolds } from "@/lib/booking/holds";
import { newId } from "@/lib/ids";
import { behindPhoneMenu, type ReceptionistScript } from "../support/twilio-receptionist";
import { createBookingWithProviderCalls, createTestUser } from "./support/booking-fixtures";
import { playOneCall, startTwilioHarness, type TwilioHarness } from "./support/twilio-harness";

let harness: TwilioHarness;

beforeAll(async () => {
  harness = await startTwilioHarness();
});

afterAll(async () => {
  await harness.close();
});

const menu =
  "Thank you for calling. For billing, press 1. For appointments, press 2. For directions, press 3.";

/** A clinic behind a phone menu: only key 2 reaches the appointments desk, which offers Tuesday at 9:30. */
function clinicBehindMenu(pressesSeen: (string | null)[]): ReceptionistScript {
  return behindPhoneMenu(
    menu,
    {
      key: "2",
      greeting: "Appointments desk, this is Ana.",
      otherKey: "Our billing office is closed.",
      talk: (said) => {
        if (/could you (book|hold)|can you book/i.test(said)) return { speech: "Yes, that's booked." };
        if (/calling on behalf|opening|which date and time/i.test(said))
          return { speech: "How about Tuesday, March 10 at 9:30 AM?" };
        return "hang_up";
      },
    },
    pressesSeen,
  );
}

async function callOnce(script: ReceptionistScript) {
  const { bookingId, callId, played } = await playOneCall(harness, await createTestUser(), script);
  const call = (await getCall(callId))!;
  const transcript = (await listCallEventsForCall(call.id))
    .filter((event) => event.type === "transcript")
    .map((event) => event.payload as { role: string; text: string });
  return { bookingId, call, played, transcript };
}

describe("a phone menu on the Twilio fallback", () => {
  it("presses 2 for appointments, greets the person the menu puts through, and books", async () => {
    const presses: (string | null)[] = [];
    const { bookingId, call, played, transcript } = await callOnce(clinicBehindMenu(presses));
    expect(presses.filter(Boolean)).toEqual(["2"]);
    expect(played.twiml.some((twiml) => twiml.includes('<Play digits="2"/>'))).toBe(true);
    expect(transcript).toContainEqual(
      expect.objectContaining({ role: "system", text: "Phone menu: pressed 2 for appointments." }),
    );
    // The greeting is said again to the person behind the menu.
    const greetings = played.lines.filter((line) => /calling on behalf/i.test(line));
    expect(greetings.length).toBe(2);
    expect(call.status).toBe("completed");
    const booking = (await getBooking(bookingId))!;
    expect(booking.status).toBe("booked");
    expect(booking.bookedSlotStart?.toISOString()).toBe("2026-03-10T13:30:00.000Z");
  });

  it("gives up on a menu that keeps looping after three presses, without booking", async () => {
    const { bookingId, call } = await callOnce({ answer: "human", reply: () => ({ speech: menu }) });
    expect(call.status).toBe("completed");
    expect(call.failureReason).toBe("The phone menu did not reach a person after 3 tries.");
    expect((await getBooking(bookingId))!.status).not.toBe("booked");
  });
});

describe("voicemail on the Twilio fallback", () => {
  it("a machine answer ends the call as voicemail and queues one later retry", async () => {
    const { bookingId, call } = await callOnce({ answer: "machine" });
    expect(call.status).toBe("voicemail");
    const retries = (await listCallsForBooking(bookingId)).filter((row) => row.previousCallId === call.id);
    expect(retries).toHaveLength(1);
    expect(retries[0].attempt).toBe(2);
    expect(retries[0].status).toBe("scheduled");
  });
});

describe("a release call on the Twilio fallback", () => {
  it("tells the business that held a slot that it is no longer needed, then hangs up", async () => {
    const userId = await createTestUser();
    const now = harness.clock.now();
    const { bookingId, callIds } = await createBookingWithProviderCalls({
      userId,
      callCount: 2,
      mode: "review",
      now,
      status: "in_progress",
    });
    const holder = (await getCall(callIds[1]))!;
    await recordHoldRequest({
      id: newId("hold"),
      bookingId,
      callId: holder.id,
      providerId: holder.providerId,
      slot: { start: new Date("2026-03-09T14:00:00Z"), end: new Date("2026-03-09T15:00:00Z") },
      heldUntil: new Date(now.getTime() + 2 * 3_600_000),
      now,
    });
    await settleHoldRequests({ callId: holder.id, agreed: true, now });
    const winner = (await getCall(callIds[0]))!;
    await takeBookingLock({
      bookingId,
      expectedStatus: "processing",
      callId: winner.id,
      providerId: winner.providerId,
      slot: { start: new Date("2026-03-10T14:00:00Z"), end: new Date("2026-03-10T15:00:00Z") },
      now,
    });
    const [releaseId] = await releaseUnneededHolds(bookingId, harness.clock);

    const heard: string[] = [];
    harness.receptionist(() => ({
      answer: "human",
      reply: (said) => {
        heard.push(said);
        return { speech: "Sure, no problem." };
      },
    }));
    expect(await harness.dispatch()).toBe(1);
    const played = (await harness.settle()).at(-1)!;
    expect(played.lines).toHaveLength(1);
    expect(played.lines[0]).toMatch(
      /You kindly held Monday 9 March at 10 AM for Sam Lee\. They have booked elsewhere, so please release it\./,
    );
    expect(played.twiml[0]).toContain("<Hangup/>");
    const release = (await getCall(releaseId))!;
    expect(release.status).toBe("completed");
    expect(release.outcome?.summary).toBe("Asked them to release the hold on Monday 9 March at 10:00.");
    expect((await listHoldsForBooking(bookingId))[0].status).toBe("released");
  });
});
