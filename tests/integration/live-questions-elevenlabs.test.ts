// ElevenLabs' ask_client server tool: its webhook definition (a timeout longer than our wait), the route the agent
// calls — answered in time, not answered (the wait ends inside the tool's timeout), the per-call token — and a whole
// stubbed conversation in which the receptionist asks and the person answers on the booking page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as askPersonRoute } from "@/app/api/elevenlabs/tools/ask-client/route";
import { takeBookingLock } from "@/db/bookings";
import { listQuestionsForCall } from "@/db/call-questions";
import { listCallEventsForCall } from "@/db/call-events";
import { getCall } from "@/db/calls";
import { savePersonProfile } from "@/db/person-profiles";
import { seedDemoDirectory } from "@/db/providers";
import { runDispatchPass } from "@/lib/calls/dispatcher";
import { toolDefinitions } from "@/lib/calls/elevenlabs/agent-definition";
import { createElevenLabsDialer } from "@/lib/calls/elevenlabs/elevenlabs-dialer";
import { settleJobs } from "@/tests/support/job-runner";
import { toolTokenFor } from "@/lib/calls/elevenlabs/tool-token";
import { answerPollMs, elevenLabsAnswerWaitMs } from "@/lib/calls/questions/wait-limits";
import { overrideRuntime } from "@/lib/runtime";
import { setUpElevenLabsAgent } from "@/lib/calls/elevenlabs/agent-setup";
import { fixedClock } from "@/lib/clock";
import { parseConfig, type AppConfig } from "@/lib/config";
import { startElevenLabsStub, type ElevenLabsStub } from "../support/elevenlabs-stub/server";
import { eventually, jsonRequest } from "./helpers";
import { elevenLabsEnv, useElevenLabsConfig, webhookSecret } from "./support/elevenlabs";
import { startElevenLabsAppServer } from "./support/elevenlabs-app-server";
import { createBookingWithProviderCalls } from "./support/booking-fixtures";
import { answerAs, bookingWithLiveCall, signedInPerson } from "./support/live-questions";
import { runJobsDuringTests } from "@/tests/support/job-runner";

// Calls, reactions and webhooks run in the background, as on a server.
runJobsDuringTests();

let stub: ElevenLabsStub;
let config: AppConfig;

beforeAll(async () => {
  await seedDemoDirectory();
  stub = await startElevenLabsStub();
  config = useElevenLabsConfig(stub.url);
});
afterAll(async () => {
  await stub.close();
});

async function askPerson(
  callId: string,
  question: string,
  token: string | null = toolTokenFor(callId, config),
) {
  const headers: Record<string, string> = token ? { "x-callpilot-tool-token": token } : {};
  const response = await askPersonRoute(
    jsonRequest("/api/elevenlabs/tools/ask-client", { body: { call_id: callId, question }, headers }),
    {},
  );
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe("the ask_client webhook tool", () => {
  it("is defined with a response timeout longer than the wait for the person, and speech before it", () => {
    const tool = toolDefinitions("https://callpilot.example.com").find((t) => t.name === "ask_client")!;
    expect(tool.apiSchema.url).toBe("https://callpilot.example.com/api/elevenlabs/tools/ask-client");
    expect(tool.responseTimeoutSecs).toBe(45);
    // The SDK allows 5–300 s; our wait ends 10 s before the vendor gives up on the tool.
    expect(elevenLabsAnswerWaitMs / 1000 + 10).toBeLessThanOrEqual(tool.responseTimeoutSecs!);
    expect(tool.preToolSpeech).toBe("force");
    expect(Object.keys(tool.apiSchema.requestBodySchema!.properties!)).toEqual(["call_id", "question"]);
  });

  it("elevenlabs:setup stores it on the vendor with that timeout, in the API's wire format", async () => {
    await setUpElevenLabsAgent(
      parseConfig({
        ...elevenLabsEnv(stub.url),
        ELEVENLABS_AGENT_ID: undefined,
        ELEVENLABS_AGENT_PHONE_NUMBER_ID: undefined,
        PUBLIC_BASE_URL: "https://callpilot.example.com",
      }),
    );
    const stored = [...stub.tools.values()].find((tool) => tool.name === "ask_client") as
      { response_timeout_secs?: number; pre_tool_speech?: string; api_schema: { url: string } } | undefined;
    expect(stored?.api_schema.url).toBe("https://callpilot.example.com/api/elevenlabs/tools/ask-client");
    expect(stored?.response_timeout_secs).toBe(45);
    expect(stored?.pre_tool_speech).toBe("force");
  });

  it("answered in time: the question shows at once, and the person's answer is the tool's reply", async () => {
    const person = await signedInPerson();
    const { bookingId, callId } = await bookingWithLiveCall(person);
    const pending = askPerson(callId, "What is the patient's date of birth?");
    const [question] = await eventually(
      () => listQuestionsForCall(callId),
      (rows) => rows.length === 1,
    );
    expect(question.status).toBe("open");
    expect((await answerAs(person, bookingId, question.id, "4 May 1990")).status).toBe(200);

    const reply = await pending;
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ code: "answered", answer: "4 May 1990", question_id: question.id });
    expect(String(reply.json.say)).toContain("4 May 1990");
  });

  it("not answered: after 35 s the tool replies that the client will call back, and the question expires", async () => {
    const clock = fixedClock(new Date());
    const restoreRuntime = overrideRuntime({ clock });
    try {
      const person = await signedInPerson();
      const { bookingId, callId } = await bookingWithLiveCall(person);
      let settled = false;
      const pending = askPerson(callId, "Which insurance are they with?").finally(() => (settled = true));
      await eventually(
        () => listQuestionsForCall(callId),
        (rows) => rows.length === 1,
      );
      clock.advance(elevenLabsAnswerWaitMs - 1_000);
      await new Promise((resolve) => setTimeout(resolve, 3 * answerPollMs)); // a few polls at 34 s
      expect(settled).toBe(false);
      clock.advance(2_000);
      const reply = await pending;

      expect(reply.json).toMatchObject({ code: "no_answer", answer: null });
      expect(String(reply.json.say)).toMatch(/client will call back/);
      const [question] = await listQuestionsForCall(callId);
      expect(question.status).toBe("expired");
      expect((await answerAs(person, bookingId, question.id, "too late")).status).toBe(409);
    } finally {
      restoreRuntime();
    }
  });

  it("stops waiting as soon as another call books the appointment, and the question expires", async () => {
    const person = await signedInPerson();
    const { bookingId, callIds } = await createBookingWithProviderCalls({
      userId: person.userId,
      callCount: 2,
      mode: "auto",
      now: new Date(),
      status: "in_progress",
    });
    const pending = askPerson(callIds[0], "What's the patient's date of birth?");
    await eventually(
      () => listQuestionsForCall(callIds[0]),
      (rows) => rows.length === 1,
    );
    const won = await takeBookingLock({
      bookingId,
      expectedStatus: "processing",
      callId: callIds[1],
      providerId: (await getCall(callIds[1]))!.providerId,
      slot: {
        start: new Date(Date.now() + 3 * 86_400_000),
        end: new Date(Date.now() + 3 * 86_400_000 + 3_600_000),
      },
      now: new Date(),
    });
    expect(won).toBe(true);

    const reply = await pending;
    expect(reply.json).toMatchObject({ code: "booking_closed", answer: null });
    expect((await listQuestionsForCall(callIds[0]))[0].status).toBe("expired");
  });

  it("a profile detail answers at once without putting the question to the person", async () => {
    const person = await signedInPerson();
    await savePersonProfile(
      person.userId,
      { insuranceProvider: null, dateOfBirth: "1990-05-04", petName: null, callbackNumber: null },
      new Date(),
    );
    const { callId } = await bookingWithLiveCall(person);
    const reply = await askPerson(callId, "Can I take the date of birth?");
    expect(reply.json).toMatchObject({ code: "answered", answer: "1990-05-04" });
    const [question] = await listQuestionsForCall(callId);
    expect(question).toMatchObject({ status: "answered", answeredBy: "profile" });
  });

  it("without the call's own token the request is refused with 401 and nothing is asked", async () => {
    const person = await signedInPerson();
    const { callId } = await bookingWithLiveCall(person);
    const other = await bookingWithLiveCall(person);
    const reply = await askPerson(callId, "Date of birth?", toolTokenFor(other.callId, config));
    expect(reply.status).toBe(401);
    expect(await listQuestionsForCall(callId)).toEqual([]);
  });
});

describe("a whole stubbed ElevenLabs conversation in which the receptionist asks about the client", () => {
  it("the agent asks the person through ask_client, and the person's answer reaches the receptionist and the transcript", async () => {
    const app = await startElevenLabsAppServer({ askPersonWaitMs: 5_000 });
    try {
      await setUpElevenLabsAgent(
        parseConfig({
          ...elevenLabsEnv(stub.url),
          ELEVENLABS_AGENT_ID: undefined,
          ELEVENLABS_AGENT_PHONE_NUMBER_ID: undefined,
          PUBLIC_BASE_URL: app.url,
        }),
      );
      stub.configureReceptionist({
        webhookUrl: app.webhookUrl,
        webhookSecret,
        asks: () => "Before I look, what is the patient's date of birth?",
        offers: () => [],
      });
      // Wednesday 25 November 2026, 10:00 in Boston: the demo dentists are open, so the call is dialed now.
      const clock = fixedClock("2026-11-25T15:00:00Z");
      const person = await signedInPerson();
      const { bookingId, callIds } = await createBookingWithProviderCalls({
        userId: person.userId,
        callCount: 1,
        mode: "auto",
        now: clock.now(),
      });
      const callId = callIds[0];
      await runDispatchPass({ config, clock, dialer: createElevenLabsDialer({ config, clock }) });

      const [question] = await eventually(
        () => listQuestionsForCall(callId),
        (rows) => rows.length === 1,
      );
      expect(question).toMatchObject({
        status: "open",
        text: "Before I look, what is the patient's date of birth?",
      });
      expect((await answerAs(person, bookingId, question.id, "4 May 1990")).status).toBe(200);
      await stub.idle();
      await settleJobs();

      const conversation = [...stub.conversations.values()].find(
        (c) =>
          (c.conversation_initiation_client_data.dynamic_variables as { call_id?: string }).call_id ===
          callId,
      )!;
      const spoken = conversation.transcript.map((turn) => `${turn.role}: ${turn.message}`);
      const asked = spoken.indexOf("user: Before I look, what is the patient's date of birth?");
      expect(asked).toBeGreaterThan(-1);
      // The tool's reply, said by the agent right after "one moment please", carries the person's answer.
      expect(spoken[asked + 2]).toMatch(/^agent: .*4 May 1990/);

      expect((await getCall(callId))?.status).toBe("completed");
      expect((await listQuestionsForCall(callId))[0]).toMatchObject({
        status: "answered",
        answer: "4 May 1990",
      });
      const transcript = (await listCallEventsForCall(callId))
        .filter((event) => event.type === "transcript")
        .map((event) => (event.payload as { text: string }).text);
      expect(transcript.some((line) => line.includes("4 May 1990"))).toBe(true);
    } finally {
      stub.configureReceptionist(undefined);
      await app.close();
    }
  });
});
