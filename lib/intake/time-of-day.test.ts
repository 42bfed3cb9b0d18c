import { describe, expect, it } from "vitest";
import { resolveTimeOfDay } from "./time-of-day";

describe("resolveTimeOfDay", () => {
  it.each([
    ["mornings please", "mornings", "08:00", "12:00"],
    ["tomorrow morning", "morning", "08:00", "12:00"],
    ["early morning", "early morning", "07:00", "09:00"],
    ["late morning", "late morning", "10:00", "12:00"],
    ["in the afternoon", "afternoon", "12:00", "17:00"],
    ["late afternoon", "late afternoon", "15:00", "17:00"],
    ["evenings", "evenings", "17:00", "21:00"],
    ["after 5pm", "after 5pm", "17:00", "21:00"],
    ["after work", "after work", "17:00", "21:00"],
    ["before noon", "before noon", "08:00", "12:00"],
    ["before 11", "before 11", "08:00", "11:00"],
    ["lunchtime", "lunchtime", "11:30", "14:00"],
    ["around 3pm", "around 3pm", "14:30", "15:30"],
    ["at 10:30am", "at 10:30am", "10:30", "11:30"],
    ["7pm", "7pm", "19:00", "20:00"],
    ["between 2 and 4", "between 2 and 4", "14:00", "16:00"],
    ["between 10am and 2", "between 10am and 2", "10:00", "14:00"],
    ["between 11 and 1", "between 11 and 1", "11:00", "13:00"],
    ["2-4pm", "2-4pm", "14:00", "16:00"],
    ["10-2pm", "10-2pm", "10:00", "14:00"],
    ["from 6 to 8", "from 6 to 8", "18:00", "20:00"],
    ["dinner at 8", "at 8", "20:00", "21:00"],
    ["at noon", "at noon", "12:00", "13:00"],
  ])("%s → %s %s–%s", (text, preferred, start, end) => {
    expect(resolveTimeOfDay(text)).toEqual({ preferred_time: preferred, time_of_day: { start, end } });
  });

  it("reads a bare hour from 7 to 11 as the morning, unless evenings are the default", () => {
    expect(resolveTimeOfDay("at 7")?.time_of_day).toEqual({ start: "07:00", end: "08:00" });
    expect(resolveTimeOfDay("at 7", { eveningByDefault: true })?.time_of_day).toEqual({
      start: "19:00",
      end: "20:00",
    });
    expect(resolveTimeOfDay("breakfast at 8", { eveningByDefault: true })?.time_of_day).toEqual({
      start: "08:00",
      end: "09:00",
    });
  });

  it.each(["table for 4", "Dec 3-5", "in 2 weeks", "2026-12-03", "for 2-4 people", "next week"])(
    "finds no time of day in %s",
    (text) => {
      expect(resolveTimeOfDay(text)).toBeNull();
    },
  );
});
