import { describe, expect, it } from "vitest";
import type { FinishedConversation } from "./finished-conversation";
import { isStillRunning, outcomeFromConversation } from "./conversation-outcome";
import { parseSlotStart } from "./slot-time";

const conversation = (overrides: Partial<FinishedConversation> = {}): FinishedConversation => ({
  conversationId: "conv_1",
  agentId: "agent_1",
  status: "done",
  callId: "call_1",
  startTimeUnixSecs: 1_795_000_000,
  durationSecs: 80,
  transcript: [
    { role: "user", message: "Harbor Dental, hello.", timeInCallSecs: 1 },
    { role: "agent", message: "Hi, I'm calling to book.", timeInCallSecs: 4 },
  ],
  summary: "They offered Monday morning.",
  collected: {},
  terminationReason: null,
  transfer: null,
  handoverNumber: null,
  ...overrides,
});
const context = { serviceType: "dentist" as const, timeZone: "America/New_York", agentReport: null };

describe("reading an offered time", () => {
  it("takes a time without an offset as the business's local time, and one with an offset as exact", () => {
    expect(parseSlotStart("2026-11-30T09:00", "America/New_York")?.toISOString()).toBe(
      "2026-11-30T14:00:00.000Z",
    );
    expect(parseSlotStart("2026-11-30 09:00", "America/New_York")?.toISOString()).toBe(
      "2026-11-30T14:00:00.000Z",
    );
    expect(parseSlotStart("2026-11-30T09:00:00Z", "America/New_York")?.toISOString()).toBe(
      "2026-11-30T09:00:00.000Z",
    );
    expect(parseSlotStart("Monday at nine", "America/New_York")).toBeNull();
    expect(parseSlotStart("2026-11-30", "America/New_York")).toBeNull();
  });
});

describe("the outcome of a finished conversation", () => {
  it("gives every transcript line the call's language when it is not English, and none on an English call", () => {
    const french = outcomeFromConversation(
      conversation({
        transcript: [
          { role: "user", message: "Cabinet Dentaire du Marais, bonjour.", timeInCallSecs: 1 },
          { role: "agent", message: "Bonjour, je suis un assistant IA.", timeInCallSecs: 3 },
        ],
      }),
      { ...context, language: "fr" },
    );
    expect(french.transcript?.map((line) => line.language)).toEqual(["fr", "fr"]);
    const english = outcomeFromConversation(conversation(), { ...context, language: "en" });
    expect(english.transcript?.map((line) => line.language)).toEqual([undefined, undefined]);
  });

  it("carries the business's agreement to cancel when the agent reported appointment_cancelled", () => {
    const cancelled = outcomeFromConversation(conversation(), {
      ...context,
      agentReport: { outcome: "appointment_cancelled", summary: "Cancelled Tuesday's appointment." },
    });
    expect(cancelled).toMatchObject({ status: "completed", appointment_canceled: true });
    const other = outcomeFromConversation(conversation({ collected: { outcome: "other" } }), context);
    expect(other.appointment_canceled).toBe(false);
  });

  it("maps the transcript, timing, summary and the collected facts", () => {
    const outcome = outcomeFromConversation(
      conversation({
        collected: {
          outcome: "slots_offered",
          offered_slots: "2026-11-30T09:00; 2026-12-01T10:30;none",
          requirements: "Insurance card;  X-rays ",
          price: "$120",
          failure_reason: "",
        },
      }),
      context,
    );
    expect(outcome.status).toBe("completed");
    expect(outcome.offered_slots).toEqual([
      { start: "2026-11-30T14:00:00.000Z", end: "2026-11-30T15:00:00.000Z" },
      { start: "2026-12-01T15:30:00.000Z", end: "2026-12-01T16:30:00.000Z" },
    ]);
    expect(outcome.requirements).toEqual(["Insurance card", "X-rays"]);
    expect(outcome.price).toBe("$120");
    expect(outcome.failure_reason).toBeNull();
    expect(outcome.summary).toBe("They offered Monday morning.");
    expect(outcome.duration_seconds).toBe(80);
    expect(outcome.transcript).toEqual([
      { role: "business", text: "Harbor Dental, hello.", at: new Date(1_795_000_001_000).toISOString() },
      { role: "agent", text: "Hi, I'm calling to book.", at: new Date(1_795_000_004_000).toISOString() },
    ]);
  });

  it("lets the agent's own report win for single facts and merges offered slots", () => {
    const outcome = outcomeFromConversation(
      conversation({ collected: { price: "$120", offered_slots: "2026-11-30T09:00", booked_slot: "" } }),
      {
        ...context,
        agentReport: {
          outcome: "booked",
          price: "$95",
          offered_slots: "2026-12-02T09:00",
          booked_slot: "2026-12-02T09:00",
        },
      },
    );
    expect(outcome.price).toBe("$95");
    expect(outcome.offered_slots).toHaveLength(2);
    expect(outcome.booked_slot).toEqual({
      start: "2026-12-02T14:00:00.000Z",
      end: "2026-12-02T15:00:00.000Z",
    });
  });

  it("reports a voicemail as voicemail and a failed conversation as failed with its reason", () => {
    expect(
      outcomeFromConversation(conversation({ collected: { outcome: "voicemail" } }), context).status,
    ).toBe("voicemail");
    const failed = outcomeFromConversation(
      conversation({ status: "failed", terminationReason: "Line dropped" }),
      context,
    );
    expect(failed).toMatchObject({ status: "failed", failure_reason: "Line dropped" });
  });

  it("ignores an outcome analysis could not classify instead of dropping the other facts", () => {
    const outcome = outcomeFromConversation(
      conversation({ collected: { outcome: "something odd", price: "$50" } }),
      context,
    );
    expect(outcome).toMatchObject({ status: "completed", price: "$50" });
  });

  it("reads hold_agreed yes or no from the agent's report before post-call analysis, and null when unsaid", () => {
    const withHold = (collected: Record<string, string>, agentReport: { hold_agreed?: string } | null) =>
      outcomeFromConversation(conversation({ collected }), {
        ...context,
        agentReport: agentReport ? { outcome: "hold_requested", ...agentReport } : null,
      }).hold_agreed;
    expect(withHold({ hold_agreed: "no" }, { hold_agreed: "yes" })).toBe(true);
    expect(withHold({ hold_agreed: "No" }, null)).toBe(false);
    expect(withHold({ hold_agreed: "yes" }, { hold_agreed: "" })).toBe(true);
    expect(withHold({ hold_agreed: "perhaps" }, null)).toBeNull();
    expect(withHold({}, null)).toBeNull();
  });

  it("knows when ElevenLabs is still running or analysing a conversation", () => {
    expect(isStillRunning(conversation({ status: "processing" }))).toBe(true);
    expect(isStillRunning(conversation({ status: "in-progress" }))).toBe(true);
    expect(isStillRunning(conversation({ status: "done" }))).toBe(false);
  });
});

describe("a transfer to the person (issue 16)", () => {
  it("records a hand-over to the call's own number, with what the business asked", () => {
    const outcome = outcomeFromConversation(
      conversation({
        transfer: { asked: "I need to speak to the patient directly.", failed: false },
        handoverNumber: "+16175550199",
      }),
      context,
    );
    expect(outcome.handover).toEqual({
      asked: "I need to speak to the patient directly.",
      transferred: true,
      to: "+16175550199",
      reason: null,
    });
  });

  it("records a transfer whose result failed as not handed over", () => {
    const outcome = outcomeFromConversation(
      conversation({ transfer: { asked: null, failed: true }, handoverNumber: "+16175550199" }),
      context,
    );
    expect(outcome.handover).toMatchObject({ transferred: false, to: null });
  });

  it("records what the business asked, for a call back, when the agent reported it but could not transfer", () => {
    const outcome = outcomeFromConversation(conversation(), {
      ...context,
      agentReport: { outcome: "call_back_later", client_asked_for: "Have her call us, please." },
    });
    expect(outcome.handover).toMatchObject({
      asked: "Have her call us, please.",
      transferred: false,
      to: null,
    });
  });

  it("records no hand-over when the agent never transferred", () => {
    expect(outcomeFromConversation(conversation(), context).handover).toBeNull();
  });
});
