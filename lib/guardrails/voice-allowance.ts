// Daily allowances of ElevenLabs' paid voice, which any guest can reach: characters read aloud and voice
// conversations started, each counted per person, per client IP (a new guest costs nothing to make, a new network
// does) and for everyone together, over the UTC day. A request is charged against all three in one transaction
// before ElevenLabs is asked, and given back when ElevenLabs did not do the work. Past any of them: 429 with
// Retry-After (the next UTC midnight) and what the person can do meanwhile.
import { chargeUsage, refundUsage, UsageLimitReached, type UsageCharge } from "@/db/usage-counters";
import type { UsageScope } from "@/db/schema";
import type { AppConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { secondsUntilUtcMidnight, timeUntilUtcMidnight, utcDay } from "./day";

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

function refusal({ charge, used }: UsageLimitReached, now: Date): string {
  const count = (value: number) => value.toLocaleString("en-US");
  const left = Math.max(0, charge.limit - used);
  const thisText = left > 0 ? ` (${count(left)} are left; this text has ${count(charge.amount)})` : "";
  const readsBack = `Your browser's own voice can read replies until CallPilot's is back after midnight UTC (${timeUntilUtcMidnight(now)} from now).`;
  const talkBack = `Type your message instead; you can talk to CallPilot again after midnight UTC (${timeUntilUtcMidnight(now)} from now).`;
  switch (charge.scope) {
    case "person_tts_characters":
      return `You have had ${count(used)} of the ${count(charge.limit)} characters CallPilot's voice reads aloud for one person a day${thisText}. ${readsBack}`;
    case "ip_tts_characters":
      return `Your network has had ${count(used)} of the ${count(charge.limit)} characters CallPilot's voice reads aloud for one network a day${thisText}. ${readsBack}`;
    case "all_tts_characters":
      return `CallPilot's voice has read aloud all it may today for everyone. ${readsBack}`;
    case "person_voice_sessions":
      return `You have started ${count(used)} voice conversations today, the most CallPilot allows one person a day. ${talkBack}`;
    case "ip_voice_sessions":
      return `${count(used)} voice conversations were started from your network today, the most CallPilot allows one network a day. ${talkBack}`;
    case "all_voice_sessions":
      return `CallPilot has held all the voice conversations it may today. ${talkBack}`;
    default:
      return `CallPilot has reached a daily limit: try again after midnight UTC (${timeUntilUtcMidnight(now)} from now).`;
  }
}
