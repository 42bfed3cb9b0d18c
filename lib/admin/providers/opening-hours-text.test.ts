import { describe, expect, test } from "vitest";
import { formatOpeningHoursText, parseOpeningHoursText } from "./opening-hours-text";

describe("opening hours as admins write them", () => {
  test("day ranges, several intervals a day and single days are read into the weekly schedule", () => {
    expect(parseOpeningHoursText("mon-fri 08:00-12:00, 13:00-17:00; sat 09:00-12:00")).toEqual({
      ok: true,
      hours: {
        mon: [
          ["08:00", "12:00"],
          ["13:00", "17:00"],
        ],
        tue: [
          ["08:00", "12:00"],
          ["13:00", "17:00"],
        ],
        wed: [
          ["08:00", "12:00"],
          ["13:00", "17:00"],
        ],
        thu: [
          ["08:00", "12:00"],
          ["13:00", "17:00"],
        ],
        fri: [
          ["08:00", "12:00"],
          ["13:00", "17:00"],
        ],
        sat: [["09:00", "12:00"]],
      },
    });
  });

  test("a range may wrap the week, and daily means every day", () => {
    const wrapped = parseOpeningHoursText("fri-mon 10:00-14:00");
    expect(wrapped.ok && Object.keys(wrapped.hours)).toEqual(["mon", "fri", "sat", "sun"]);
    const daily = parseOpeningHoursText("Daily 07:00-24:00");
    expect(daily.ok && Object.keys(daily.hours)).toHaveLength(7);
  });

  test("the directory's JSON shape is accepted too", () => {
    expect(parseOpeningHoursText('{"tue": [["09:00", "17:00"]]}')).toEqual({
      ok: true,
      hours: { tue: [["09:00", "17:00"]] },
    });
  });

  test.each([
    ["", /empty/],
    ["monday to friday 9-5", /cannot read/],
    ["mon 9:00-17:00", /cannot read the times/],
    ["mon 17:00-09:00", /must open before it closes/],
    ["mon 08:00-12:00, 11:00-14:00", /overlap on mon/],
    ["xyz 08:00-12:00", /cannot read "xyz/],
    ["{not json", /not valid JSON/],
    ['{"mon": [["12:00", "08:00"]]}', /not valid/],
  ])("%j is refused with a reason", (text, reason) => {
    const parsed = parseOpeningHoursText(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(reason);
  });

  test("written back, consecutive days with the same hours are joined and it reads back the same", () => {
    const text = "mon-fri 08:00-17:00; sat 09:00-12:00";
    const parsed = parseOpeningHoursText(text);
    expect(parsed.ok && formatOpeningHoursText(parsed.hours)).toBe(text);
    expect(formatOpeningHoursText({ mon: [["08:00", "17:00"]], wed: [["08:00", "17:00"]] })).toBe(
      "mon 08:00-17:00; wed 08:00-17:00",
    );
  });
});
