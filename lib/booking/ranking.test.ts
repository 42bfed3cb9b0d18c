import { describe, expect, test } from "vitest";
import { seededRandom } from "@/lib/calls/simulated/seeded-random";
import { bestOffer, rankingWeights, scoreSlot, type RankingInput, type ScoreBreakdown } from "./ranking";
import type { OfferedSlot } from "./slot";
import { dentistMorningsRequest } from "@/tests/support/booking-request-fixture";

// Monday 30 November to Monday 7 December 2026 (exclusive), Boston time: 168 hours.
const windowStart = Date.parse("2026-11-30T05:00:00Z");
const windowEnd = Date.parse("2026-12-07T05:00:00Z");
const hour = 3_600_000;

const request = dentistMorningsRequest;

const base: Omit<RankingInput, "offers"> = {
  request,
  timeZone: "America/New_York",
  radiusKm: 40,
  rating: 4,
  distanceKm: 10,
};

const at = (iso: string, minutes = 60) => {
  const start = new Date(iso);
  return { start, end: new Date(start.getTime() + minutes * 60_000) };
};
const offered = (iso: string, fits: boolean, minutes = 60): OfferedSlot => ({
  start: new Date(iso).toISOString(),
  end: new Date(Date.parse(iso) + minutes * 60_000).toISOString(),
  fits,
  reason: fits ? null : "The client already has another appointment at that time.",
});

/** Each component times its weight, on the 0–100 scale, recomputed from the rounded breakdown. */
const weightedSum = (score: ScoreBreakdown) =>
  100 *
  (score.weights.fit * score.fit +
    score.weights.earliness * score.earliness +
    score.weights.rating * score.rating +
    score.weights.distance * score.distance);

describe("rankingWeights", () => {
  test("are the documented weights and add up to one", () => {
    expect(rankingWeights).toEqual({ fit: 0.4, earliness: 0.25, rating: 0.2, distance: 0.15 });
    const sum = Object.values(rankingWeights).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 10);
  });
});

describe("scoreSlot: fit", () => {
  test("a slot in the window at the preferred time scores full fit", () => {
    // Monday 30 November 09:00 Boston.
    expect(scoreSlot(at("2026-11-30T14:00:00Z"), base).fit).toBe(1);
  });

  test("a slot in the window at another time of day scores half fit, worth 20 points", () => {
    const morning = scoreSlot(at("2026-11-30T14:00:00Z"), base);
    // Same day, 15:00 Boston: the earliness differs by 6 hours of 168.
    const afternoon = scoreSlot(at("2026-11-30T20:00:00Z"), base);
    expect(afternoon.fit).toBe(0.5);
    const earlinessGap = 100 * rankingWeights.earliness * (6 / 168);
    expect(morning.total - afternoon.total).toBeCloseTo(20 + earlinessGap, 0);
  });

  test("a slot outside the window scores no fit and no earliness", () => {
    const outside = scoreSlot(at("2026-12-08T14:00:00Z"), base);
    expect(outside.fit).toBe(0);
    expect(outside.earliness).toBe(0);
    // What remains is rating (0.8 × 20) and distance (0.75 × 15).
    expect(outside.total).toBe(27.3);
  });

  test("without a preferred time of day, every slot inside the window fits fully", () => {
    const score = scoreSlot(at("2026-11-30T23:00:00Z"), {
      ...base,
      request: { ...request, time_of_day: null },
    });
    expect(score.fit).toBe(1);
  });
});

describe("scoreSlot: earliness", () => {
  const noTimeOfDay = { ...base, request: { ...request, time_of_day: null } };

  test("is 1 at the window's start, 0.5 half-way through and close to 0 at its end", () => {
    expect(scoreSlot(at(new Date(windowStart).toISOString()), noTimeOfDay).earliness).toBe(1);
    expect(scoreSlot(at(new Date(windowStart + 84 * hour).toISOString()), noTimeOfDay).earliness).toBe(0.5);
    expect(scoreSlot(at(new Date(windowEnd - hour).toISOString()), noTimeOfDay).earliness).toBe(0.006);
  });

  test("an earlier slot outscores a later one that is otherwise equal, by the earliness weight", () => {
    const early = scoreSlot(at(new Date(windowStart).toISOString()), noTimeOfDay);
    const middle = scoreSlot(at(new Date(windowStart + 84 * hour).toISOString()), noTimeOfDay);
    expect(early.total - middle.total).toBeCloseTo(100 * rankingWeights.earliness * 0.5, 1);
  });

  test("without a window there is nothing to be early in, so earliness is 0", () => {
    const score = scoreSlot(at("2026-11-30T14:00:00Z"), { ...base, request: { ...request, window: null } });
    expect(score.earliness).toBe(0);
    expect(score.fit).toBe(1);
  });
});

describe("scoreSlot: rating", () => {
  const slot = at("2026-11-30T14:00:00Z");

  test("is the rating out of 5", () => {
    expect(scoreSlot(slot, { ...base, rating: 5 }).rating).toBe(1);
    expect(scoreSlot(slot, { ...base, rating: 3.5 }).rating).toBe(0.7);
    expect(scoreSlot(slot, { ...base, rating: 0 }).rating).toBe(0);
  });

  test("one more star is worth 4 points", () => {
    const three = scoreSlot(slot, { ...base, rating: 3 });
    const four = scoreSlot(slot, { ...base, rating: 4 });
    expect(four.total - three.total).toBeCloseTo(100 * rankingWeights.rating * 0.2, 1);
  });

  test("an unknown rating counts as the middle of the scale", () => {
    const unknown = scoreSlot(slot, { ...base, rating: null });
    expect(unknown.rating).toBe(0.5);
    expect(unknown.total).toBe(scoreSlot(slot, { ...base, rating: 2.5 }).total);
  });
});

describe("scoreSlot: distance", () => {
  const slot = at("2026-11-30T14:00:00Z");

  test("is 1 next door, falling linearly to 0 at the search radius", () => {
    expect(scoreSlot(slot, { ...base, distanceKm: 0 }).distance).toBe(1);
    expect(scoreSlot(slot, { ...base, distanceKm: 10 }).distance).toBe(0.75);
    expect(scoreSlot(slot, { ...base, distanceKm: 40 }).distance).toBe(0);
  });

  test("never goes below 0 beyond the radius", () => {
    expect(scoreSlot(slot, { ...base, distanceKm: 400 }).distance).toBe(0);
  });

  test("a nearer provider outscores a farther one, by the distance weight", () => {
    const near = scoreSlot(slot, { ...base, distanceKm: 0 });
    const far = scoreSlot(slot, { ...base, distanceKm: 40 });
    expect(near.total - far.total).toBeCloseTo(100 * rankingWeights.distance, 1);
  });

  test("an unknown distance counts as half the radius", () => {
    const unknown = scoreSlot(slot, { ...base, distanceKm: null });
    expect(unknown.distance).toBe(0.5);
    expect(unknown.total).toBe(scoreSlot(slot, { ...base, distanceKm: 20 }).total);
  });
});

describe("scoreSlot: the breakdown", () => {
  test("a perfect offer scores 100", () => {
    const score = scoreSlot(at(new Date(windowStart + 14 * hour).toISOString()), {
      ...base,
      request: { ...request, time_of_day: null },
      rating: 5,
      distanceKm: 0,
    });
    // 14 hours into a 168-hour window: earliness 0.917.
    expect(score).toMatchObject({ fit: 1, earliness: 0.917, rating: 1, distance: 1 });
    expect(score.total).toBe(97.9);
    expect(
      scoreSlot(at(new Date(windowStart).toISOString()), {
        ...base,
        rating: 5,
        distanceKm: 0,
        request: { ...request, time_of_day: null },
      }).total,
    ).toBe(100);
  });

  test("carries the weights it was computed with", () => {
    expect(scoreSlot(at("2026-11-30T14:00:00Z"), base).weights).toEqual(rankingWeights);
  });

  test("its weighted components add up to the total, for 300 seeded random offers", () => {
    const random = seededRandom("ranking-breakdown");
    for (let i = 0; i < 300; i++) {
      const start = new Date(windowStart - 48 * hour + Math.floor(random() * 264) * 30 * 60_000);
      const score = scoreSlot(
        { start, end: new Date(start.getTime() + 60 * 60_000) },
        {
          ...base,
          rating: random() < 0.2 ? null : Math.round(random() * 50) / 10,
          distanceKm: random() < 0.2 ? null : random() * 60,
        },
      );
      // Components are rounded to 3 decimals and the total to 1: they agree within that rounding.
      expect(Math.abs(weightedSum(score) - score.total)).toBeLessThanOrEqual(0.1);
      expect(score.total).toBeGreaterThanOrEqual(0);
      expect(score.total).toBeLessThanOrEqual(100);
    }
  });
});

describe("bestOffer", () => {
  test("returns null when nothing was offered", () => {
    expect(bestOffer([], base)).toBeNull();
  });

  test("prefers a slot that fits over a higher-scoring one that does not", () => {
    // The earliest slot would score higher, but check_availability found it clashes.
    const clashing = offered("2026-11-30T14:00:00Z", false);
    const fitting = offered("2026-12-04T14:00:00Z", true);
    expect(scoreSlot(at(clashing.start), base).total).toBeGreaterThan(
      scoreSlot(at(fitting.start), base).total,
    );
    expect(bestOffer([clashing, fitting], base)?.slot).toEqual(fitting);
    expect(bestOffer([fitting, clashing], base)?.slot).toEqual(fitting);
  });

  test("among fitting slots, picks the highest score and returns its breakdown", () => {
    const later = offered("2026-12-03T14:00:00Z", true);
    const earlier = offered("2026-12-01T14:00:00Z", true);
    const afternoon = offered("2026-11-30T20:00:00Z", true);
    const best = bestOffer([later, afternoon, earlier], base);
    expect(best?.slot).toEqual(earlier);
    expect(best?.score).toEqual(scoreSlot(at(earlier.start), base));
  });

  test("when nothing fits, still returns the best-scoring offer", () => {
    const outside = offered("2026-12-09T14:00:00Z", false);
    const inside = offered("2026-12-02T14:00:00Z", false);
    expect(bestOffer([outside, inside], base)?.slot).toEqual(inside);
  });
});
