// A hold's end said on the phone in the business's language and zone: "today" when it is today, else the day.
import { describe, expect, test } from "vitest";
import { describeHoldUntil } from "./hold-time";

const morning = new Date("2026-12-08T08:00:00Z"); // 09:00 in Paris, Madrid and Berlin
const noonToday = new Date("2026-12-08T11:30:00Z");
const tomorrowMorning = new Date("2026-12-09T08:00:00Z");

describe("describeHoldUntil", () => {
  test.each([
    ["en", "12:30 PM today", "Wednesday 9 Dec at 9:00 AM"],
    ["fr", "12h30 aujourd'hui", "mercredi 9 décembre à 9h00"],
    ["de", "heute um 12:30 Uhr", "Mittwoch, 9. Dezember um 9:00 Uhr"],
    ["es", "hoy a las 12:30", "miércoles 9 de diciembre a las 9:00"],
  ] as const)("%s: %s, or %s", (language, today, later) => {
    expect(describeHoldUntil(noonToday, "Europe/Paris", morning, language)).toBe(today);
    expect(describeHoldUntil(tomorrowMorning, "Europe/Paris", morning, language)).toBe(later);
  });
});
