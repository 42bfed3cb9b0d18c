import { describe, expect, it } from "vitest";
import { addCallEvent, type CallEvent } from "./call-activity";

const line = (seq: number, text: string, language?: "fr"): CallEvent => ({
  seq,
  call_id: "call_1",
  at: "2026-11-25T09:00:00.000Z",
  type: "transcript",
  payload: { role: "business", text, ...(language ? { language } : {}) },
});

describe("the call activity a booking page shows", () => {
  it("keeps the language of a line spoken in another language, and none on an English one", () => {
    let activity = addCallEvent(
      {},
      line(1, "Cabinet Dentaire du Marais, bonjour, que puis-je pour vous ?", "fr"),
    );
    activity = addCallEvent(activity, line(2, "Harbor Dental, good morning."));
    expect(activity.call_1.transcript.map((l) => l.language)).toEqual(["fr", undefined]);
  });
});
