// A daily limit's refusal is a sentence: English for the API and logs, and each reader's language from the same
// key, the wait until midnight UTC quoted inside it and worded by that language.
import { describe, expect, test } from "vitest";
import { UsageLimitReached } from "@/db/usage-counters";
import { sayIn } from "@/tests/support/say-in";
import { limitReachedError } from "./limits";

const lateEvening = new Date("2026-12-07T20:55:00Z");
const personBookings = new UsageLimitReached(
  { scope: "person_bookings", key: "user_1", day: "2026-12-07", amount: 1, limit: 3 },
  3,
);

describe("a daily limit's refusal", () => {
  test("keeps its English text and says the same in Spanish and German, the wait included", () => {
    const error = limitReachedError(personBookings, lateEvening);
    expect(error.message).toBe(
      "You have started 3 bookings today, the most CallPilot allows per person per day. You can try again after midnight UTC (3 h 05 min from now).",
    );
    expect(sayIn("es", error.sentence!)).toBe(
      "Hoy ha empezado 3 reservas, el máximo que CallPilot permite por persona y día. Podrá volver a intentarlo después de la medianoche UTC (dentro de 3 h 05 min).",
    );
    expect(sayIn("de", error.sentence!)).toMatch(/\(in 3 Std\. 05 Min\.\)\.$/);
  });

  test("words a wait under an hour in minutes, singular and plural per language", () => {
    const error = limitReachedError(personBookings, new Date("2026-12-07T23:59:00Z"));
    expect(error.message).toMatch(/\(1 minute from now\)\.$/);
    expect(sayIn("fr", error.sentence!)).toMatch(/\(dans 1 minute\)\.$/);
    expect(
      sayIn("es", limitReachedError(personBookings, new Date("2026-12-07T23:15:00Z")).sentence!),
    ).toMatch(/\(dentro de 45 minutos\)\.$/);
  });
});
