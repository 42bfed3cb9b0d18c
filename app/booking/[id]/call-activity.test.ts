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

  it("puts a translation beside its line, per language, and a repeated one changes nothing", () => {
    let activity = addCallEvent({}, line(1, "Nous avons mardi à 9 h 30.", "fr"));
    activity = addCallEvent(activity, line(2, "Parfait.", "fr"));
    const translation = (seq: number, ofSeq: number, language: "en" | "es", text: string): CallEvent => ({
      seq,
      call_id: "call_1",
      at: "2026-11-25T09:00:05.000Z",
      type: "transcript_translated",
      payload: { of_seq: ofSeq, language, text },
    });
    activity = addCallEvent(activity, translation(3, 1, "en", "We have Tuesday at 9:30."));
    activity = addCallEvent(activity, translation(4, 1, "es", "Tenemos el martes a las 9:30."));
    const before = activity;
    activity = addCallEvent(activity, translation(3, 1, "en", "We have Tuesday at 9:30."));
    expect(activity).toBe(before);
    expect(activity.call_1.transcript.map((l) => l.translations)).toEqual([
      { en: "We have Tuesday at 9:30.", es: "Tenemos el martes a las 9:30." },
      undefined,
    ]);
  });
});
