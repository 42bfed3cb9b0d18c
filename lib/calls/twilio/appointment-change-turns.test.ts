import { describe, expect, it } from "vitest";
import type { TwimlSession } from "@/db/twiml-sessions";
import type { ConversationIO } from "./scripted-reply";
import type { CallFacts } from "./call-facts";
import { openingTurn } from "./opening";
import { replyTurn } from "./scripted-reply";
import { voiceFor } from "./twiml";

const booked = { start: "2026-12-08T15:00:00.000Z", end: "2026-12-08T16:00:00.000Z" };

const facts = (purpose: "cancellation" | "reschedule"): CallFacts =>
  ({
    callId: "call_1",
    brief: { purpose, mode: "auto", targetSlot: booked },
    script: {
      businessName: "Harvard Square Dental",
      personName: "Sam",
      booking: "a dentist appointment",
      partySize: null,
      availability: "on Thursday 10 December",
    },
    timeZone: "America/New_York",
    voice: voiceFor("US"),
    chosenSlot: "Tuesday 8 December at 10 AM",
  }) as CallFacts;

const session = (step: TwimlSession["step"], slotStart: Date | null) =>
  ({
    step,
    slotStart,
    offers: 0,
    unclearReplies: 0,
    waits: 0,
    pendingDate: null,
    pendingTime: null,
  }) as TwimlSession;

const io: ConversationIO = {
  checkAvailability: async () => {
    throw new Error("a cancellation call checks no slot");
  },
  requestBooking: async () => {
    throw new Error("a cancellation call books nothing");
  },
  offeredSlotReason: async () => null,
  startQuestion: async () => {
    throw new Error("no question expected");
  },
  handover: async () => {
    throw new Error("no hand-over expected");
  },
};

describe("the scripted Twilio call about a booked appointment", () => {
  it("a cancellation opens with the disclosure and the appointment, and asks yes or no", () => {
    const turn = openingTurn(facts("cancellation"), "human", "message", true);
    expect(turn.step).toBe("confirming");
    expect(turn.slotStart?.toISOString()).toBe(booked.start);
    expect(turn.say).toBe(
      "Hello — I'm an AI assistant calling on behalf of Sam. Sam has a dentist appointment with Harvard Square Dental on Tuesday 8 December at 10 AM and can't make it. Could you cancel that appointment, please? Please say yes, or press 1. Otherwise, say no.",
    );
  });

  it("yes records the business's agreement in the outcome; no records that it was not cancelled", async () => {
    const yes = await replyTurn(
      session("confirming", new Date(booked.start)),
      { intent: "yes", date: null, time: null },
      { speech: "Sure, that's cancelled", digits: "" },
      facts("cancellation"),
      io,
      { voicemail: "message" },
    );
    expect(yes.listen).toBe(false);
    expect(yes.outcome).toMatchObject({ status: "completed", appointment_canceled: true });
    expect(yes.say).toBe(
      "Thank you. So Sam's appointment on Tuesday 8 December at 10 AM is cancelled. Goodbye!",
    );

    const no = await replyTurn(
      session("confirming", new Date(booked.start)),
      { intent: "no", date: null, time: null },
      { speech: "I can't find that booking", digits: "" },
      facts("cancellation"),
      io,
      { voicemail: "message" },
    );
    expect(no.outcome?.appointment_canceled).toBeUndefined();
    expect(no.outcome?.failure_reason).toMatch(/did not cancel the appointment: “I can't find that booking”/);
  });

  it("a reschedule opens with the appointment and the new window, then negotiates like an inquiry", () => {
    const turn = openingTurn(facts("reschedule"), "human", "message", true);
    expect(turn.step).toBe("greeting");
    expect(turn.say).toContain(
      "Sam has a dentist appointment with Harvard Square Dental on Tuesday 8 December at 10 AM and needs to move it. They are available on Thursday 10 December.",
    );
  });
});
