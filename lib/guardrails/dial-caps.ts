// The caps checked at the moment of dialing, across all people: calls to one business number per day (the
// business's own day) and calls in all per UTC day. Both are taken in one transaction just before the dial; a call
// over a cap waits for the business's next opening on a later day, with the reason the person sees.
import { transaction } from "@/db/client";
import type { Provider } from "@/db/providers";
import { refundUsage, tryCharge, type UsageCharge } from "@/db/usage-counters";
import type { AppConfig } from "@/lib/config";
import { whenToDial } from "@/lib/calls/call-hours";
import { sentence, type WrittenSentence } from "@/lib/sentences/sentence";
import { businessDay, nextBusinessMidnight, nextUtcMidnight, utcDay } from "./day";

export type DialCapacity =
  | { kind: "granted"; charges: UsageCharge[] }
  | { kind: "wait"; at: Date; reason: WrittenSentence }
  | { kind: "refused"; reason: WrittenSentence };

export interface DialCapsInput {
  provider: Pick<Provider, "phone" | "timeZone" | "openingHours" | "country">;
  /** False when CALL_REDIRECT_TO rings a tester instead: the business is not called, so its cap is not used. */
  ringsBusiness: boolean;
  respectOpeningHours: boolean;
  now: Date;
  config: Pick<AppConfig, "CALLS_PER_NUMBER_PER_DAY" | "CALLS_PER_DAY">;
}

export async function reserveDialCapacity(input: DialCapsInput): Promise<DialCapacity> {
  const { provider, now, config } = input;
  const numberCharge: UsageCharge | null =
    input.ringsBusiness && provider.phone
      ? {
          scope: "number_calls",
          key: provider.phone,
          day: businessDay(now, provider.timeZone),
          amount: 1,
          limit: config.CALLS_PER_NUMBER_PER_DAY,
        }
      : null;
  const globalCharge: UsageCharge = {
    scope: "all_calls",
    key: "all",
    day: utcDay(now),
    amount: 1,
    limit: config.CALLS_PER_DAY,
  };
  const blocked = await transaction(async () => {
    if (numberCharge && !(await tryCharge(numberCharge))) return "number" as const;
    if (!(await tryCharge(globalCharge))) {
      // Only the global cap refused: the number's charge must not stay behind either.
      if (numberCharge) await refundUsage(numberCharge);
      return "global" as const;
    }
    return null;
  });
  if (!blocked)
    return { kind: "granted", charges: numberCharge ? [numberCharge, globalCharge] : [globalCharge] };

  const from = blocked === "number" ? nextBusinessMidnight(now, provider.timeZone) : nextUtcMidnight(now);
  const dialTime = whenToDial(provider, from, input.respectOpeningHours);
  const count = blocked === "number" ? config.CALLS_PER_NUMBER_PER_DAY : config.CALLS_PER_DAY;
  if (dialTime.kind === "never") {
    return {
      kind: "refused",
      reason: sentence(blocked === "number" ? "failureNumberCap" : "failureDailyCap", { count }),
    };
  }
  return {
    kind: "wait",
    at: dialTime.kind === "later" ? dialTime.at : from,
    reason: sentence(blocked === "number" ? "waitNumberCap" : "waitDailyCap", { count }),
  };
}

/** A dial that never happened (the vendor refused it) gives its place under the caps back. */
export async function releaseDialCapacity(charges: readonly UsageCharge[]): Promise<void> {
  if (charges.length === 0) return;
  await transaction(async () => {
    for (const charge of charges) await refundUsage(charge);
  });
}
