import { describe, expect, it } from "vitest";
import { normaliseSpeech, readReplyOffline } from "./offline-reading";
import type { ReplyContext } from "./reply-reading";

// Wednesday 4 March 2026, 10:00 in Boston; the client is free Friday 6 to Friday 13 March.
const context = (speech: string, digits = ""): ReplyContext => ({
  speech,
  digits,
  step: "greeting",
  lastPrompt: "",
  now: new Date("2026-03-04T15:00:00Z"),
  timeZone: "America/New_York",
  window: { start: "2026-03-06T15:00:00.000Z", end: "2026-03-13T15:00:00.000Z" },
  availability: "from Friday 6 March to Friday 13 March",
});

describe("reading a business's reply without a model", () => {
  it.each([
    ["How about Tuesday, March 10 at 9:30 AM?", "2026-03-10", "09:30"],
    ["We could do Tuesday the 10th at 9:30", "2026-03-10", "09:30"],
    ["the 12th at 11 am", "2026-03-12", "11:00"],
    ["Let me look... we have Thursday at half past nine", "2026-03-12", "09:30"],
    ["Friday at noon", "2026-03-06", "12:00"],
    ["quarter to ten on Monday", "2026-03-09", "09:45"],
    ["tomorrow at 2", "2026-03-05", "14:00"],
    ["nine thirty on Thursday", "2026-03-12", "09:30"],
  ])("%s is an offer of %s at %s", (speech, date, time) => {
    expect(readReplyOffline(context(speech))).toEqual({ intent: "offer", date, time });
  });

  it("puts a weekday said alone inside the client's window, not necessarily the next one", () => {
    // The next Thursday is the 5th, before the window opens; the one inside it is the 12th.
    expect(readReplyOffline(context("Thursday works"))).toEqual({
      intent: "offer",
      date: "2026-03-12",
      time: null,
    });
  });

  it("reads a time said alone as half an offer", () => {
    expect(readReplyOffline(context("I have 10 o'clock"))).toEqual({
      intent: "offer",
      date: null,
      time: "10:00",
    });
  });

  it.each([
    ["Yes, we can do that.", "yes"],
    ["Sure, what day works for them?", "yes"],
    ["No problem at all", "yes"],
    ["No, sorry, that one has gone.", "no"],
    ["Hold on, let me check the diary.", "wait"],
    ["Sorry, we don't have anything that week.", "decline"],
    ["We're fully booked until April.", "decline"],
    ["We don't take bookings over the phone, please use our website.", "decline"],
    ["What insurance do they have?", "question"],
    ["Is this a new patient?", "question"],
    ["Sure, what's their date of birth?", "question"],
    [
      "Hi, you've reached Porter Smiles. Please leave a message after the tone, we open at 9 am.",
      "voicemail",
    ],
    ["grmbl zzzt", "unclear"],
    ["", "unclear"],
  ])("%s means %s", (speech, intent) => {
    expect(readReplyOffline(context(speech)).intent).toBe(intent);
  });

  it("takes a 1 as yes and a 2 as no", () => {
    expect(readReplyOffline(context("", "1")).intent).toBe("yes");
    expect(readReplyOffline(context("", "2")).intent).toBe("no");
    expect(readReplyOffline(context("", "7")).intent).toBe("unclear");
  });

  it("writes spoken clock times as digits", () => {
    expect(normaliseSpeech("Half past Nine or a quarter past ten")).toBe("9:30 or a 10:15");
    expect(normaliseSpeech("eleven o'clock")).toBe("11 o'clock");
  });
});
