// Issue 16 on the scripted Twilio call, against the Twilio stub and signed webhooks: a business that insists on
// speaking with the person gets a short line and a <Dial> to the person's verified number (our number as caller id, a
// ring timeout, an action URL that records how it ended) when they allow it now; otherwise the call-back line.
import twilio from "twilio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCallEventsForCall } from "@/db/call-events";
import { getCall } from "@/db/calls";
import { handoverRefusals } from "@/lib/calls/handover";
import { readReplyOffline } from "@/lib/calls/twilio/offline-reading";
import { dialOf, type ReceptionistScript } from "../support/twilio-receptionist";
import { createTestUser } from "./support/booking-fixtures";
import { personPhone, saveHandoverSettings } from "./support/handover";
import { playOneCall, startTwilioHarness, twilioAccount, type TwilioHarness } from "./support/twilio-harness";

let harness: TwilioHarness;

beforeAll(async () => {
  harness = await startTwilioHarness();
});
afterAll(async () => {
  await harness.close();
});

const insists = "I'm sorry, I need to speak to the patient directly.";

/** A receptionist who asks for the patient as soon as the greeting is said. */
const insisting = (dialStatus = "completed"): ReceptionistScript => ({
  answer: "human",
  reply: (_said, turn) => (turn === 0 ? { speech: insists } : "hang_up"),
  dialed: () => dialStatus,
});

async function callOnce(
  script: ReceptionistScript,
  settings: Parameters<typeof saveHandoverSettings>[1] | null,
) {
  const userId = await createTestUser();
  if (settings) await saveHandoverSettings(userId, settings, harness.clock.now());
  const { callId, played } = await playOneCall(harness, userId, script);
  const events = await listCallEventsForCall(callId);
  return {
    call: (await getCall(callId))!,
    played,
    handovers: events.filter((event) => event.type === "call_handover").map((event) => event.payload),
    dial: played.twiml.map(dialOf).find((dial) => dial !== null) ?? null,
  };
}

describe("reading a reply that asks for the person", () => {
  const context = {
    digits: "",
    step: "asking_time" as const,
    lastPrompt: "",
    now: new Date("2026-03-04T15:00:00Z"),
    timeZone: "America/New_York",
    window: null,
    availability: "",
  };
  it.each([
    "I need to speak to the patient directly.",
    "Can you put the client on the phone?",
    "We only deal with the owner, I'd have to talk to them directly",
  ])("%s → wants_person", (speech) => {
    expect(readReplyOffline({ ...context, speech }).intent).toBe("wants_person");
  });
  it("a question that only mentions the patient is not one", () => {
    expect(readReplyOffline({ ...context, speech: "Is the patient insured with us?" }).intent).toBe(
      "question",
    );
  });
});

describe("a business that insists on speaking with the person, on the Twilio path", () => {
  it("with consent inside the person's hours: says a short line and dials their verified number", async () => {
    const { call, played, handovers, dial } = await callOnce(insisting(), { consent: true });
    expect(dial).toMatchObject({ number: personPhone, callerId: twilioAccount.number, timeout: "25" });
    const action = new URL(dial!.action);
    expect(action.origin + action.pathname).toBe(`${twilioAccount.publicBaseUrl}/api/twilio/voice`);
    expect(action.searchParams.get("handover_to")).toBe(personPhone);
    // The AI disclosure came first; the transfer line just before the dial.
    expect(played.lines[0]).toMatch(/^caller: .*AI assistant/);
    expect(played.lines).toContain(
      "caller: Of course — I'll put you through to Sam Lee now. Please stay on the line while I connect you.",
    );
    expect(played.lines).toContain(`caller: (dials ${personPhone})`);
    expect(call.status).toBe("completed");
    expect(handovers).toEqual([{ asked: insists, transferred: true, to: personPhone, reason: null }]);
  });

  it("when the person does not answer the transfer: recorded as not handed over, and the business hears the call-back line", async () => {
    const { played, handovers } = await callOnce(insisting("no-answer"), { consent: true });
    expect(handovers).toEqual([
      expect.objectContaining({ transferred: false, to: null, reason: expect.stringMatching(/no-answer/) }),
    ]);
    expect(played.lines.at(-1)).toMatch(/will call you back on this number/);
  });

  it("without consent: no <Dial>, the agent says the person will call back", async () => {
    const { call, played, handovers, dial } = await callOnce(insisting(), null);
    expect(dial).toBeNull();
    expect(played.twiml.join("")).not.toContain("<Dial");
    expect(played.lines).toContain(
      "caller: I'm not able to put you through right now, but Sam Lee will call you back on this number. Thank you!",
    );
    expect(call.status).toBe("completed");
    expect(handovers).toEqual([
      { asked: insists, transferred: false, to: null, reason: handoverRefusals.noConsent },
    ]);
  });

  it("outside the person's hours, with consent: no <Dial>", async () => {
    const { dial, handovers } = await callOnce(insisting(), {
      consent: true,
      hours: { start: "18:00", end: "20:00", time_zone: "America/New_York" },
    });
    expect(dial).toBeNull();
    expect(handovers).toEqual([expect.objectContaining({ reason: handoverRefusals.outsideHours })]);
  });

  it("a Dial action delivered again changes nothing: the hand-over is recorded once", async () => {
    const { call, dial } = await callOnce(insisting(), { consent: true });
    expect(call.externalId).toMatch(/^CA/);
    const params = {
      CallSid: call.externalId!,
      AccountSid: twilioAccount.sid,
      CallStatus: "in-progress",
      DialCallStatus: "no-answer",
    };
    const again = await harness.deliver(
      dial!.action,
      params,
      twilio.getExpectedTwilioSignature(twilioAccount.token, dial!.action, params),
    );
    expect(again.status).toBe(200);
    expect(again.body).toContain("<Hangup/>");
    const events = await listCallEventsForCall(call.id);
    expect(events.filter((event) => event.type === "call_handover")).toEqual([
      expect.objectContaining({ payload: expect.objectContaining({ transferred: true }) }),
    ]);
    expect(events.filter((event) => event.type === "call_ended")).toHaveLength(1);
  });
});
