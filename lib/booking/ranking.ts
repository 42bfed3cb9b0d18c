// Ranking of the offers a booking's calls collected. Documented weights, every one visible in the breakdown:
//   fit       0.40  the slot lies in the window (0.5) and at the preferred time of day (another 0.5)
//   earliness 0.25  how early in the window the slot starts (1 at the window's start, 0 at its end)
//   rating    0.20  the business's rating out of 5
//   distance  0.15  1 next door, falling linearly to 0 at the search radius
// A provider's score is that of its best offered slot; providers without an offer score 0 and rank last.
import type { BookingRequest } from "@/lib/intake/booking-request";
import type { OfferedSlot } from "./slot";
import { evaluateSlot } from "./slot-fit";

export const rankingWeights = { fit: 0.4, earliness: 0.25, rating: 0.2, distance: 0.15 } as const;

export interface ScoreBreakdown {
  fit: number;
  earliness: number;
  rating: number;
  distance: number;
  /** Each component times its weight, summed, on a 0–100 scale. */
  total: number;
  weights: typeof rankingWeights;
}

export interface RankingInput {
  request: BookingRequest;
  timeZone: string;
  radiusKm: number;
  offers: Array<{ start: Date; end: Date }>;
  rating: number | null;
  distanceKm: number | null;
}

const round = (value: number, digits = 3) => Math.round(value * 10 ** digits) / 10 ** digits;
const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

export function scoreSlot(
  slot: { start: Date; end: Date },
  input: Omit<RankingInput, "offers">,
): ScoreBreakdown {
  const verdict = evaluateSlot({
    slot,
    request: input.request,
    timeZone: input.timeZone,
    busy: [],
    now: new Date(0),
  });
  const fit = (verdict.insideWindow ? 0.5 : 0) + (verdict.insideWindow && verdict.atPreferredTime ? 0.5 : 0);
  const window = input.request.window;
  const earliness =
    window && verdict.insideWindow
      ? 1 -
        clamp01(
          (slot.start.getTime() - Date.parse(window.start)) /
            (Date.parse(window.end) - Date.parse(window.start)),
        )
      : 0;
  const rating = input.rating === null ? 0.5 : clamp01(input.rating / 5);
  const distance = input.distanceKm === null ? 0.5 : clamp01(1 - input.distanceKm / input.radiusKm);
  const total =
    100 *
    (rankingWeights.fit * fit +
      rankingWeights.earliness * earliness +
      rankingWeights.rating * rating +
      rankingWeights.distance * distance);
  return {
    fit: round(fit),
    earliness: round(earliness),
    rating: round(rating),
    distance: round(distance),
    total: round(total, 1),
    weights: rankingWeights,
  };
}

/** The best slot a provider offered and its score: slots that fit come first, then by score; null when none. */
export function bestOffer(
  offers: OfferedSlot[],
  input: Omit<RankingInput, "offers">,
): { slot: OfferedSlot; score: ScoreBreakdown } | null {
  const scored = offers.map((slot) => ({
    slot,
    score: scoreSlot({ start: new Date(slot.start), end: new Date(slot.end) }, input),
  }));
  scored.sort((a, b) => Number(b.slot.fits) - Number(a.slot.fits) || b.score.total - a.score.total);
  return scored[0] ?? null;
}
