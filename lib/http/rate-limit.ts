// Request-rate limits on the public endpoints (chat, booking requests and confirmations, sign-in, sign-up, read-aloud,
// voice sessions and their transcript lines, calendar URLs fetched on request, the connections page's live checks,
// translations of a call's transcript), keyed by client IP and by person, counted in the database
// (db/rate-limit-store.ts). Over a limit: 429 with Retry-After and a sentence a person can act on. RATE_LIMITS=off
// turns every one of them off (load tests that replay traffic from one address). Twilio's and ElevenLabs' webhooks
// are not limited here: they are signed, and their vendors retry on a 429.
import { RateLimiterRes } from "rate-limiter-flexible";
import { rateLimiterFor, type RateRule } from "@/db/rate-limit-store";
import { getConfig, type AppConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { clientIp } from "./client-ip";

export type RateLimitedAction =
  | "chat"
  | "booking"
  | "sign_in"
  | "sign_up"
  | "voice"
  | "voice_transcript"
  | "calendar_fetch"
  | "connections"
  | "translation";

interface ActionRules {
  ip: RateRule;
  person: RateRule | null;
  tooMany: (wait: string) => string;
}

function rulesFor(action: RateLimitedAction, config: AppConfig): ActionRules {
  const perMinute = (name: string, points: number): RateRule => ({ name, points, durationSeconds: 60 });
  switch (action) {
    case "chat":
      return {
        ip: perMinute("chat:ip", config.RATE_LIMIT_CHAT_PER_IP_PER_MINUTE),
        person: perMinute("chat:person", config.RATE_LIMIT_CHAT_PER_MINUTE),
        tooMany: (wait) =>
          `You are sending messages faster than CallPilot can answer them: wait ${wait}, then send your message again.`,
      };
    case "booking":
      return {
        ip: perMinute("booking:ip", config.RATE_LIMIT_BOOKING_PER_IP_PER_MINUTE),
        person: perMinute("booking:person", config.RATE_LIMIT_BOOKING_PER_MINUTE),
        tooMany: (wait) => `Too many booking requests in a short time: wait ${wait}, then try again.`,
      };
    case "voice":
      return {
        ip: perMinute("voice:ip", config.RATE_LIMIT_VOICE_PER_IP_PER_MINUTE),
        person: perMinute("voice:person", config.RATE_LIMIT_VOICE_PER_MINUTE),
        tooMany: (wait) =>
          `Too many replies read aloud or voice conversations started: wait ${wait}, then try again.`,
      };
    case "voice_transcript":
      return {
        ip: perMinute("voice-transcript:ip", config.RATE_LIMIT_VOICE_TRANSCRIPT_PER_IP_PER_MINUTE),
        person: perMinute("voice-transcript:person", config.RATE_LIMIT_VOICE_TRANSCRIPT_PER_MINUTE),
        tooMany: (wait) =>
          `The voice conversation is sending lines faster than CallPilot keeps them: pause for ${wait}, then go on.`,
      };
    case "calendar_fetch":
      return {
        ip: perMinute("calendar-fetch:ip", config.RATE_LIMIT_CALENDAR_FETCH_PER_IP_PER_MINUTE),
        person: perMinute("calendar-fetch:person", config.RATE_LIMIT_CALENDAR_FETCH_PER_MINUTE),
        tooMany: (wait) =>
          `Calendars were fetched too often in a short time: wait ${wait}, then subscribe or refresh again.`,
      };
    case "connections":
      return {
        ip: perMinute("connections:ip", config.RATE_LIMIT_CONNECTIONS_PER_IP_PER_MINUTE),
        person: perMinute("connections:person", config.RATE_LIMIT_CONNECTIONS_PER_MINUTE),
        tooMany: (wait) => `The connections were checked very often just now: wait ${wait}, then reload.`,
      };
    case "translation":
      return {
        ip: perMinute("translation:ip", config.RATE_LIMIT_TRANSLATION_PER_IP_PER_MINUTE),
        person: perMinute("translation:person", config.RATE_LIMIT_TRANSLATION_PER_MINUTE),
        tooMany: (wait) =>
          `Translations were asked for very often just now: wait ${wait}, then reload the page.`,
      };
    case "sign_in":
      return {
        ip: perMinute("sign-in:ip", config.RATE_LIMIT_SIGN_IN_PER_IP_PER_MINUTE),
        person: null,
        tooMany: (wait) => `Too many sign-in attempts from your network: wait ${wait}, then try again.`,
      };
    case "sign_up":
      return {
        ip: { name: "sign-up:ip", points: config.RATE_LIMIT_SIGN_UP_PER_IP_PER_HOUR, durationSeconds: 3600 },
        person: null,
        tooMany: (wait) =>
          `Too many accounts were created from your network in the last hour: wait ${wait}, then try again.`,
      };
  }
}

/** Counts this request against its action's limits; throws a 429 AppError when one is exceeded. */
export async function enforceRateLimit(
  action: RateLimitedAction,
  request: { headers: Headers },
  personId: string | null,
  config: AppConfig = getConfig(),
): Promise<void> {
  if (!config.RATE_LIMITS) return;
  const rules = rulesFor(action, config);
  const checks: Array<[RateRule, string]> = [[rules.ip, clientIp(request.headers, config)]];
  if (rules.person && personId) checks.push([rules.person, personId]);
  for (const [rule, key] of checks) {
    try {
      await rateLimiterFor(rule).consume(key);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) {
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new AppError("rate_limited", rules.tooMany(describeWait(seconds)), {
          "Retry-After": String(seconds),
        });
      }
      // The limiter's own failure must not lock everyone out: the request goes through, and it is logged.
      logger.error("a rate limiter failed; the request was let through", {
        error: rejection,
        rule: rule.name,
      });
    }
  }
}

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
