// Live questions on the scripted Twilio call, end to end against the Twilio stub: the receptionist asks about the
// client, CallPilot says "one moment please" and holds the line with <Pause>/<Redirect> polls of its signed voice
// route; the person's answer is read out and the call goes on to book, or after 10 polls the client will call back.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getBooking } from "@/db/bookings";
import { listCallEventsForCall } from "@/db/call-events";
import { listQuestionsForCall } from "@/db/call-questions";
import { getCall } from "@/db/calls";
import { twilioMaxPolls, twilioPauseSeconds } from "@/lib/calls/questions/wait-limits";
import type { ReceptionistScript } from "../support/twilio-receptionist";
import { startTwilioHarness, type TwilioHarness } from "./support/twilio-harness";
import { answerAs, signedInPerson, type Person } from "./support/live-questions";
import { createBookingWithProviderCalls } from "./support/booking-fixtures";

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

/** Asks for the date of birth first; once answered, offers a slot inside the window and confirms it. */
function askingReceptionist(onHold: ReceptionistScript["onHold"]): ReceptionistScript {
  return {
    answer: "human",
    onHold,
    reply: (said) => {
      if (/opening then/i.test(said)) return { speech: "Sure. What's the patient's date of birth?" };
      if (/says: /i.test(said)) return { speech: "Thanks. How about Tuesday, March 10 at 9:30 AM?" };
      if (/could you book/i.test(said)) return { speech: "Yes, that's booked." };
      return "hang_up";
    },
  };
}

async function callWith(script: (person: Person, bookingId: string, callId: string) => ReceptionistScript) {
  const person = await signedInPerson();
  const { bookingId, callIds } = await createBookingWithProviderCalls({
    userId: person.userId,
    callCount: 1,
    mode: "auto",
    now: harness.clock.now(),
  });
  harness.receptionist(() => script(person, bookingId, callIds[0]));
  expect(await harness.dispatch()).toBe(1);
  const [played] = (await harness.settle()).slice(-1);
  const callId = callIds[0];
  const transcript = (await listCallEventsForCall(callId))
    .filter((event) => event.type === "transcript")
    .map((event) => event.payload as { role: string; text: string });
  return { person, bookingId, callId, played, transcript };
}

describe("a live question on the scripted Twilio call", () => {
  it("answered in time: holds with Pause and Redirect, reads the answer out, then books", async () => {
    let holds = 0;
    const { bookingId, callId, played, transcript } = await callWith((person, id, liveCallId) =>
      askingReceptionist(async (n) => {
        holds = n + 1;
        if (n !== 2) return;
        // The person answers on the booking page during the third pause.
        const [question] = await listQuestionsForCall(liveCallId);
        expect((await answerAs(person, id, question.id, "4 May 1990")).status).toBe(200);
      }),
    );

    expect(played.lines).toContain("caller: One moment please, let me check that with Sam Lee.");
    const holding = played.twiml.find((twiml) => twiml.includes("<Redirect"))!;
    expect(holding).toContain(`<Pause length="${twilioPauseSeconds}"/>`);
    expect(holding).toMatch(
      /<Redirect method="POST">https:\/\/callpilot\.example\.test\/api\/twilio\/voice\?question=qst_[\w-]+&amp;poll=0<\/Redirect>/,
    );
    expect(holds).toBe(3);
    expect(played.lines).toContain("caller: Thank you for waiting. Sam Lee says: 4 May 1990.");
    expect(transcript).toContainEqual(
      expect.objectContaining({ role: "system", text: expect.stringContaining("4 May 1990") }),
    );
    expect(transcript).toContainEqual({
      role: "agent",
      text: "Thank you for waiting. Sam Lee says: 4 May 1990.",
    });
    expect(await getBooking(bookingId)).toMatchObject({ status: "booked", bookedCallId: callId });
  });

  it("not answered: after 10 polls the client will call back, the question expires and the outcome says so", async () => {
    let holds = 0;
    const { callId, played } = await callWith(() =>
      askingReceptionist(async (n) => {
        holds = n + 1;
      }),
    );
    expect(holds).toBe(twilioMaxPolls);
    expect(played.lines.at(-1)).toBe(
      "caller: I'm sorry, I can't reach Sam Lee just now. They will call you back with that. Thank you, goodbye.",
    );
    const [question] = await listQuestionsForCall(callId);
    expect(question).toMatchObject({ status: "expired", text: "Sure. What's the patient's date of birth?" });
    const call = (await getCall(callId))!;
    expect(call.status).toBe("completed");
    expect(call.failureReason).toBe(
      "They asked “Sure. What's the patient's date of birth?”; Sam Lee did not answer in time and will call back with it.",
    );
  });
});
