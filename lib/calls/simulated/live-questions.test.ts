import { beforeAll, describe, expect, test } from "vitest";
import { getBooking } from "@/db/bookings";
import { listCallEventsForCall } from "@/db/call-events";
import { listQuestionsForCall } from "@/db/call-questions";
import { getCall } from "@/db/calls";
import { savePersonProfile } from "@/db/person-profiles";
import { seedDemoDirectory } from "@/db/providers";
import { answerQuestion } from "@/lib/calls/questions/answer-question";
import { fixedClock } from "@/lib/clock";
import { demoDirectory } from "@/lib/providers/demo-directory";
import { serviceTypes } from "@/lib/intake/booking-request";
import { receptionistQuestion } from "./receptionist-questions";
import { createSimulatedDialer } from "./simulated-dialer";
import { runDialerJobs } from "@/tests/support/job-runner";
import { claimedCallTo, eventually, markSimulatedDial } from "@/tests/support/simulated-call";

// Thursday 26 November 2026, 10:00 in Boston.
const clock = fixedClock("2026-11-26T15:00:00Z");
// Accepts, but is not the first dentist in Cambridge: its receptionist asks for the insurance first.
const asking = "dentist-cambridge-ma-2";

beforeAll(async () => {
  await seedDemoDirectory();
});

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Places a simulated call to the asking dentist and records its dial, as the dispatcher would; the call's job runs. */
async function placeCall(dialer: ReturnType<typeof createSimulatedDialer>) {
  const claimed = await claimedCallTo(asking, clock.now());
  let running: Promise<void> = Promise.resolve();
  return {
    ...claimed,
    start: async () => {
      const placed = await dialer.placeCall(claimed.placeRequest);
      await markSimulatedDial(claimed.callId, claimed.token, placed.externalId, clock.now());
      running = runDialerJobs(dialer, 120_000);
    },
    /** The call, once its job has finished. */
    ended: async () => {
      await running;
      return getCall(claimed.callId);
    },
  };
}

async function transcript(callId: string) {
  return (await listCallEventsForCall(callId))
    .filter((event) => event.type === "transcript")
    .map((event) => event.payload as { role: string; text: string });
}

describe("live questions on the simulated dialer", () => {
  test("the receptionist's question waits for the person; their answer is said on the call, which then books", async () => {
    const dialer = createSimulatedDialer({
      clock,
      callSeconds: 0,
      questionWaitMs: 60_000,
      questionSleep: () => sleep(2),
    });
    const call = await placeCall(dialer);
    await call.start();
    const [question] = await eventually(
      () => listQuestionsForCall(call.callId),
      (rows) => rows.length > 0,
    );
    expect(question).toMatchObject({ status: "open", providerId: asking });
    expect(question.text).toMatch(/insurance/i);
    expect((await getCall(call.callId))?.status).toBe("in_progress");

    await answerQuestion(
      { userId: call.userId, bookingId: call.bookingId, questionId: question.id, answer: "Delta Dental" },
      clock,
    );
    expect((await call.ended())?.status).toBe("completed");
    const lines = await transcript(call.callId);
    expect(lines.map((line) => line.text)).toContain("One moment please — let me check with Sam Lee.");
    expect(lines).toContainEqual(
      expect.objectContaining({ role: "system", text: expect.stringContaining("Delta Dental") }),
    );
    expect(lines).toContainEqual({
      role: "agent",
      text: "Thank you for waiting. Sam Lee says: Delta Dental",
    });
    expect(await getBooking(call.bookingId)).toMatchObject({ status: "booked", bookedCallId: call.callId });
    expect((await getCall(call.callId))?.outcome?.requirements).toEqual([]);
  });

  test("with no answer in time the agent says the client will call back, and the outcome keeps the open question", async () => {
    let looks = 0;
    const dialer = createSimulatedDialer({
      clock,
      callSeconds: 0,
      questionWaitMs: 1_000,
      questionSleep: async () => {
        looks++;
      },
    });
    const call = await placeCall(dialer);
    await call.start();
    const done = await call.ended();
    expect(done?.status).toBe("completed");

    // 1 s of 250 ms polls: four looks at the question, three waits between them.
    expect(looks).toBe(3);
    const [question] = await listQuestionsForCall(call.callId);
    expect(question).toMatchObject({ status: "expired", answer: null });
    const said = (await transcript(call.callId)).map((line) => line.text);
    expect(said.some((text) => /will call you back with that/.test(text))).toBe(true);
    expect(done?.outcome?.requirements).toEqual([`Answer for the business: “${question.text}”`]);
    await expect(
      answerQuestion(
        { userId: call.userId, bookingId: call.bookingId, questionId: question.id, answer: "too late" },
        clock,
      ),
    ).rejects.toMatchObject({ type: "conflict" });
  });

  test("a detail pre-filled on the profile answers the question without asking the person", async () => {
    const dialer = createSimulatedDialer({ clock, callSeconds: 0, questionWaitMs: 60_000 });
    const call = await placeCall(dialer);
    await savePersonProfile(
      call.userId,
      { insuranceProvider: "Aetna", dateOfBirth: null, petName: null, callbackNumber: null },
      clock.now(),
    );
    await call.start();
    expect((await call.ended())?.status).toBe("completed");

    expect(await listQuestionsForCall(call.callId)).toEqual([]);
    const said = (await transcript(call.callId)).map((line) => line.text);
    expect(said).toContain("Of course — insurance provider: Aetna.");
    expect(said.some((text) => text.startsWith("One moment please"))).toBe(false);
    expect(await getBooking(call.bookingId)).toMatchObject({ status: "booked" });
  });
});

describe("which simulated receptionists ask", () => {
  test("at least one in five demo businesses of every service type asks the client something", () => {
    for (const type of serviceTypes) {
      // The businesses abroad are each their city's first, which never asks (below).
      const ofType = demoDirectory.filter(
        (provider) => provider.serviceType === type && ["US", "GB"].includes(provider.country),
      );
      const askers = ofType.filter((provider) => receptionistQuestion(provider, type) !== null);
      expect(askers.length / ofType.length, type).toBeGreaterThanOrEqual(0.2);
    }
  });

  test("the first business of each city never asks, so every city still books quickly", () => {
    const firsts = demoDirectory.filter((provider) => provider.id.endsWith("-1"));
    expect(firsts.length).toBeGreaterThan(0);
    for (const provider of firsts) {
      if (provider.simulationProfile === "accepts") {
        expect(receptionistQuestion(provider, provider.serviceType), provider.id).toBeNull();
      }
    }
  });
});
