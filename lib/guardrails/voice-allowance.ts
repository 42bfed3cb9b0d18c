// Daily allowances of ElevenLabs' paid voice, which any guest can reach: characters read aloud and voice
// conversations started, each counted per person, per client IP (a new guest costs nothing to make, a new network
// does) and for everyone together, over the UTC day. A request is charged against all three in one transaction
// before ElevenLabs is asked, and given back when ElevenLabs did not do the work. Past any of them: 429 with
// Retry-After (the next UTC midnight) and what the person can do meanwhile.
import { chargeUsage, refundUsage, UsageLimitReached, type UsageCharge } from "@/db/usage-counters";
import type { UsageScope } from "@/db/schema";
import type { AppConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { sentence, type WrittenSentence } from "@/lib/sentences/sentence";
import { secondsUntilUtcMidnight, untilUtcMidnight, utcDay } from "./day";
import { retryAfterMidnight } from "./limits";

export type VoiceSpend = "tts_characters" | "voice_sessions";

/** Who a voice request is counted against. */
export interface VoicePayer {
  userId: string;
  /** The client's address as the rate limits read it (lib/http/client-ip.ts). */
  ip: string;
}

interface Allowance {
  scope: UsageScope;
  key: (payer: VoicePayer) => string;
  limit: (config: AppConfig) => number;
}

const allowances: Record<VoiceSpend, Allowance[]> = {
  tts_characters: [
    {
      scope: "person_tts_characters",
      key: (payer) => payer.userId,
      limit: (config) => config.TTS_CHARACTERS_PER_PERSON_PER_DAY,
    },
    {
      scope: "ip_tts_characters",
      key: (payer) => payer.ip,
      limit: (config) => config.TTS_CHARACTERS_PER_IP_PER_DAY,
    },
    { scope: "all_tts_characters", key: () => "all", limit: (config) => config.TTS_CHARACTERS_PER_DAY },
  ],
  voice_sessions: [
    {
      scope: "person_voice_sessions",
      key: (payer) => payer.userId,
      limit: (config) => config.VOICE_SESSIONS_PER_PERSON_PER_DAY,
    },
    {
      scope: "ip_voice_sessions",
      key: (payer) => payer.ip,
      limit: (config) => config.VOICE_SESSIONS_PER_IP_PER_DAY,
    },
    { scope: "all_voice_sessions", key: () => "all", limit: (config) => config.VOICE_SESSIONS_PER_DAY },
  ],
};

/**
 * Charges `amount` (characters, or one conversation) against the payer's, their network's and everyone's allowance
 * for today, all or none; throws the 429 when one would be exceeded. Returns the charges, for a refund.
 */
export async function chargeVoiceAllowance(
  spend: VoiceSpend,
  payer: VoicePayer,
  amount: number,
  config: AppConfig,
  now: Date,
): Promise<UsageCharge[]> {
  const day = utcDay(now);
  const charges = allowances[spend].map((allowance): UsageCharge => ({
    scope: allowance.scope,
    key: allowance.key(payer),
    day,
    amount,
    limit: allowance.limit(config),
  }));
  try {
    await chargeUsage(charges);
  } catch (error) {
    if (error instanceof UsageLimitReached) {
      throw new AppError("rate_limited", refusal(error, now), {
        "Retry-After": String(secondsUntilUtcMidnight(now)),
      });
    }
    throw error;
  }
  return charges;
}

/** Gives the charges back: ElevenLabs refused or failed the request, so nothing was spent. */
export async function refundVoiceAllowance(charges: readonly UsageCharge[]): Promise<void> {
  for (const charge of charges) await refundUsage(charge);
}

function refusal({ charge, used }: UsageLimitReached, now: Date): WrittenSentence {
  const left = Math.max(0, charge.limit - used);
  const counts = { used, limit: charge.limit, hasLeft: left > 0 ? "yes" : "no", left, amount: charge.amount };
  const wait = untilUtcMidnight(now);
  const readsBack = sentence("voiceReadsBack", wait);
  const talkBack = sentence("voiceTalkBack", wait);
  switch (charge.scope) {
    case "person_tts_characters":
      return sentence("voicePersonCharacters", { ...counts, then: readsBack });
    case "ip_tts_characters":
      return sentence("voiceNetworkCharacters", { ...counts, then: readsBack });
    case "all_tts_characters":
      return sentence("voiceAllCharacters", { then: readsBack });
    case "person_voice_sessions":
      return sentence("voicePersonSessions", { used, then: talkBack });
    case "ip_voice_sessions":
      return sentence("voiceNetworkSessions", { used, then: talkBack });
    case "all_voice_sessions":
      return sentence("voiceAllSessions", { then: talkBack });
    default:
      return sentence("errorDailyLimit", { retry: retryAfterMidnight(now) });
  }
}
