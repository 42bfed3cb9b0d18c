// The one zod-validated view of the environment. Parsed once; a wrong value stops start-up with a clear message.
import { isIP } from "node:net";
import path from "node:path";
import { z } from "zod";
import { longestDial, type DialerKind } from "@/lib/calls/dial-timing";

const flag = (fallback: boolean) =>
  z
    .enum(["true", "false", "1", "0", "on", "off", "yes", "no"], {
      error: "expected one of true/false, on/off, 1/0",
    })
    .optional()
    .transform((value) => (value === undefined ? fallback : ["true", "1", "on", "yes"].includes(value)));

const wholeNumber = (fallback: number, min: number, max: number) =>
  z.coerce
    .number({ error: "expected a number" })
    .int("expected a whole number")
    .min(min, `expected at least ${min}`)
    .max(max, `expected at most ${max}`)
    .default(fallback);

const decimal = (fallback: number, min: number, max: number) =>
  z.coerce
    .number({ error: "expected a number" })
    .min(min, `expected at least ${min}`)
    .max(max, `expected at most ${max}`)
    .default(fallback);

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value && value.trim() !== "" ? value.trim() : undefined));

const optionalUrl = optionalText.pipe(z.url({ error: "expected an absolute http(s) URL" }).optional());

const e164 = optionalText.pipe(
  z
    .string()
    .regex(/^\+[1-9]\d{6,14}$/, "expected an E.164 phone number such as +16175550123")
    .optional(),
);

const smtpUrl = optionalText.pipe(
  z
    .string()
    .refine((value) => /^smtps?:\/\/[^/]+/.test(value) && URL.canParse(value), {
      error: "expected an smtp:// or smtps:// URL such as smtp://user:password@mail.example.com:587",
    })
    .optional(),
);

/** Comma-separated IPs or CIDR ranges of the reverse proxies in front of CallPilot. */
const trustedProxies = optionalText.pipe(
  z
    .string()
    .refine((value) => value.split(",").every((entry) => isIpOrCidr(entry.trim())), {
      error: "expected IP addresses or CIDR ranges separated by commas, such as 10.0.0.5,172.16.0.0/12",
    })
    .optional(),
);

function isIpOrCidr(entry: string): boolean {
  const [address, prefix, ...rest] = entry.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d+$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

const timeZone = z
  .string()
  .default("UTC")
  .refine(isKnownTimeZone, "expected an IANA time zone such as Europe/London");

export function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const configSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    DATA_DIR: z.string().default("data"),
    DATABASE_PATH: optionalText,
    /** PostgreSQL instead of the SQLite file: a direct (session) connection, since LISTEN and the job queue need one. */
    DATABASE_URL: optionalText.pipe(
      z
        .string()
        .refine((value) => /^postgres(ql)?:\/\//.test(value) && URL.canParse(value), {
          error: "expected a postgres:// URL such as postgres://user:password@db.example.com:5432/callpilot",
        })
        .optional(),
    ),
    DATABASE_POOL_SIZE: wholeNumber(10, 1, 200),
    /** How often the job queue looks for jobs whose instance died; bounds how long their work waits for another. */
    JOB_EXPIRY_CHECK_SECONDS: wholeNumber(10, 1, 3600),
    LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
    DEFAULT_TIMEZONE: timeZone,

    BETTER_AUTH_SECRET: optionalText.pipe(
      z.string().min(32, "expected at least 32 characters (use `openssl rand -hex 32`)").optional(),
    ),
    BETTER_AUTH_URL: optionalUrl,
    ALLOWED_HOSTS: optionalText,
    PUBLIC_BASE_URL: optionalUrl,

    INTAKE_MODEL: z.enum(["auto", "offline", "gemini", "openai"]).default("auto"),
    GOOGLE_GENERATIVE_AI_API_KEY: optionalText,
    GEMINI_MODEL: z.string().default("gemini-2.5-flash"),
    OPENAI_API_KEY: optionalText,
    OPENAI_MODEL: z.string().default("gpt-4.1-mini"),

    MAX_CONCURRENT_CALLS: wholeNumber(20, 1, 500),
    // How long a dispatcher's claim on a call lasts: longer than the slowest dial (checked below), so it never runs
    // out while a call is being placed; after a crash, the claim's calls wait this long before another instance.
    DIAL_LEASE_SECONDS: wholeNumber(120, 1, 3600),
    DISPATCH_SWEEP_SECONDS: decimal(5, 0.1, 3600),
    MAX_PROVIDER_DISTANCE_KM: decimal(40, 1, 20000),
    CALL_REDIRECT_TO: e164,
    RETRY_MAX: wholeNumber(2, 0, 10),
    RETRY_DELAY_MINUTES: decimal(15, 0, 24 * 60),
    SIM_CALL_SECONDS: decimal(8, 0, 600),
    SIM_DIAL_LATENCY_MS: wholeNumber(0, 0, 60_000),
    SIM_RESPECT_OPENING_HOURS: flag(false),

    // --- ElevenLabs Conversational AI (real calls) ---
    ELEVENLABS_API_KEY: optionalText,
    ELEVENLABS_AGENT_ID: optionalText,
    ELEVENLABS_AGENT_PHONE_NUMBER_ID: optionalText,
    ELEVENLABS_WEBHOOK_SECRET: optionalText,
    ELEVENLABS_BASE_URL: z
      .url({ error: "expected an absolute http(s) URL" })
      .default("https://api.elevenlabs.io"),
    ELEVENLABS_TIMEOUT_SECONDS: decimal(15, 0.05, 120),
    ELEVENLABS_RECONCILE_AFTER_MINUTES: decimal(15, 0.01, 24 * 60),

    // --- Twilio (real calls with the scripted TwiML fallback) ---
    TWILIO_ACCOUNT_SID: optionalText.pipe(
      z
        .string()
        .regex(/^AC[0-9a-fA-F]{32}$/, "expected an account SID: AC followed by 32 hexadecimal characters")
        .optional(),
    ),
    TWILIO_AUTH_TOKEN: optionalText,
    TWILIO_PHONE_NUMBER: e164,
    TWILIO_RING_TIMEOUT_SECONDS: wholeNumber(25, 5, 600),
    TWILIO_VOICEMAIL: z
      .enum(["message", "hang_up"], { error: "expected message or hang_up" })
      .default("message"),
    TWILIO_API_BASE_URL: optionalUrl,

    // --- Admin, provider discovery (Google Places) and calendars ---
    // Provider discovery (Google Places API (New)); without a key the directory alone is used.
    GOOGLE_PLACES_API_KEY: optionalText,
    GOOGLE_PLACES_BASE_URL: z
      .url({ error: "expected an absolute http(s) URL" })
      .default("https://places.googleapis.com"),
    PLACES_REFRESH_DAYS: decimal(30, 0, 3650),
    PLACES_TIMEOUT_MS: wholeNumber(4000, 100, 60_000),
    PLACES_MAX_RESULTS: wholeNumber(10, 1, 20),
    // The person's calendar: subscriptions, and Google Calendar when its OAuth client is configured.
    CALENDAR_REFRESH_MINUTES: decimal(60, 1, 7 * 24 * 60),
    CALENDAR_FETCH_ALLOW_PRIVATE: flag(false),
    GOOGLE_CALENDAR_CLIENT_ID: optionalText,
    GOOGLE_CALENDAR_CLIENT_SECRET: optionalText,
    GOOGLE_CALENDAR_API_BASE_URL: z
      .url({ error: "expected an absolute http(s) URL" })
      .default("https://www.googleapis.com"),
    GOOGLE_OAUTH_AUTHORIZE_URL: z
      .url({ error: "expected an absolute http(s) URL" })
      .default("https://accounts.google.com/o/oauth2/v2/auth"),
    GOOGLE_OAUTH_TOKEN_URL: z
      .url({ error: "expected an absolute http(s) URL" })
      .default("https://oauth2.googleapis.com/token"),

    // --- Guardrails on real calls (issue 7): accounts, consent, limits, rate limits, disclosure, spend ---
    // Email verification mail: smtp:// or smtps:// URL of the mail server; unset, mail goes to the server log.
    SMTP_URL: smtpUrl,
    MAIL_FROM: z.string().trim().min(3).default("CallPilot <no-reply@callpilot.local>"),
    // Daily limits; "a day" is the UTC day, except the per-number cap, which counts the business's own day.
    BOOKINGS_PER_PERSON_PER_DAY: wholeNumber(5, 0, 100_000),
    CALLS_PER_PERSON_PER_DAY: wholeNumber(30, 0, 1_000_000),
    CALLS_PER_NUMBER_PER_DAY: wholeNumber(3, 1, 1_000_000),
    CALLS_PER_DAY: wholeNumber(500, 1, 10_000_000),
    LLM_TOKENS_PER_PERSON_PER_DAY: wholeNumber(60_000, 0, 1_000_000_000),
    // Phone verification codes sent by SMS (each one costs money): per person per rolling hour, per person per UTC
    // day, and in all per UTC day.
    PHONE_CODES_PER_PERSON_PER_HOUR: wholeNumber(3, 1, 1_000),
    PHONE_CODES_PER_PERSON_PER_DAY: wholeNumber(10, 1, 10_000),
    PHONE_CODES_PER_DAY: wholeNumber(200, 1, 1_000_000),
    // What one person may hold: chat requests started per UTC day, busy times still to come, and live-update
    // streams open at once (one per open booking page, counted across every instance).
    TASKS_PER_PERSON_PER_DAY: wholeNumber(100, 1, 1_000_000),
    BUSY_BLOCKS_PER_PERSON: wholeNumber(200, 1, 10_000),
    SSE_CONNECTIONS_PER_PERSON: wholeNumber(10, 1, 1_000),
    // Request-rate limits (off: every one of them, Better Auth's own included; never the daily call limits).
    RATE_LIMITS: flag(true),
    RATE_LIMIT_CHAT_PER_MINUTE: wholeNumber(20, 1, 100_000),
    RATE_LIMIT_CHAT_PER_IP_PER_MINUTE: wholeNumber(60, 1, 100_000),
    RATE_LIMIT_BOOKING_PER_MINUTE: wholeNumber(6, 1, 100_000),
    RATE_LIMIT_BOOKING_PER_IP_PER_MINUTE: wholeNumber(20, 1, 100_000),
    RATE_LIMIT_SIGN_IN_PER_IP_PER_MINUTE: wholeNumber(10, 1, 100_000),
    RATE_LIMIT_SIGN_UP_PER_IP_PER_HOUR: wholeNumber(10, 1, 100_000),
    // Subscribing to a calendar URL or refreshing one: each makes the server fetch someone else's address.
    RATE_LIMIT_CALENDAR_FETCH_PER_MINUTE: wholeNumber(6, 1, 100_000),
    RATE_LIMIT_CALENDAR_FETCH_PER_IP_PER_MINUTE: wholeNumber(20, 1, 100_000),
    TRUSTED_PROXIES: trustedProxies,
    // Disclosure and spend.
    CALL_RECORDING: flag(false),
    CALL_COST_PER_MINUTE_USD: decimal(0.12, 0, 100),
    CALL_COST_PER_CALL_USD: decimal(0.01, 0, 100),

    // --- Calls in the real world (issue 8): voicemail on ElevenLabs, how long a held offer is asked to be held ---
    ELEVENLABS_VOICEMAIL: z
      .enum(["hang_up", "message"], { error: "expected hang_up or message" })
      .default("hang_up"),
    HOLD_MINUTES: wholeNumber(120, 5, 7 * 24 * 60),

    // --- Live questions to the person (issue 8, section 3) ---
    // How long a simulated receptionist waits for the person's answer (the real vendors' waits are fixed in code).
    SIM_QUESTION_WAIT_SECONDS: decimal(30, 0, 600),

    // --- Voice intake, read-aloud replies and the connections page (issue 9) ---
    // The ElevenLabs agent the person talks to on the chat page (needs ELEVENLABS_API_KEY); unset: the browser's own.
    ELEVENLABS_INTAKE_AGENT_ID: optionalText,
    ELEVENLABS_TTS_VOICE_ID: z.string().trim().min(1).default("JBFqnCBsd6RMkjVDRZzb"),
    ELEVENLABS_TTS_MODEL_ID: z.string().trim().min(1).default("eleven_flash_v2_5"),
    TTS_MAX_CHARACTERS: wholeNumber(2_000, 1, 40_000),
    RATE_LIMIT_VOICE_PER_MINUTE: wholeNumber(30, 1, 100_000),
    RATE_LIMIT_VOICE_PER_IP_PER_MINUTE: wholeNumber(90, 1, 100_000),
    // Lines of a spoken conversation posted to a task's history (one per utterance, the agent's and the person's).
    RATE_LIMIT_VOICE_TRANSCRIPT_PER_MINUTE: wholeNumber(60, 1, 100_000),
    RATE_LIMIT_VOICE_TRANSCRIPT_PER_IP_PER_MINUTE: wholeNumber(180, 1, 100_000),
    // Daily allowances of ElevenLabs' paid voice (the UTC day): characters read aloud and voice conversations
    // started, per person, per client IP (guests cost nothing to make) and for everyone together.
    TTS_CHARACTERS_PER_PERSON_PER_DAY: wholeNumber(20_000, 1, 100_000_000),
    TTS_CHARACTERS_PER_IP_PER_DAY: wholeNumber(60_000, 1, 100_000_000),
    TTS_CHARACTERS_PER_DAY: wholeNumber(500_000, 1, 1_000_000_000),
    VOICE_SESSIONS_PER_PERSON_PER_DAY: wholeNumber(10, 1, 100_000),
    VOICE_SESSIONS_PER_IP_PER_DAY: wholeNumber(30, 1, 1_000_000),
    VOICE_SESSIONS_PER_DAY: wholeNumber(300, 1, 10_000_000),
    CONNECTION_CHECK_TIMEOUT_MS: wholeNumber(2_500, 100, 30_000),
    // The connections page's live checks are shared by everyone for this long (0: checked on every request).
    CONNECTION_CHECK_CACHE_SECONDS: wholeNumber(60, 0, 3_600),
    RATE_LIMIT_CONNECTIONS_PER_MINUTE: wholeNumber(10, 1, 100_000),
    RATE_LIMIT_CONNECTIONS_PER_IP_PER_MINUTE: wholeNumber(30, 1, 100_000),
    // The booking page asks for translations of new transcript lines every few seconds while calls are live.
    RATE_LIMIT_TRANSLATION_PER_MINUTE: wholeNumber(30, 1, 100_000),
    RATE_LIMIT_TRANSLATION_PER_IP_PER_MINUTE: wholeNumber(90, 1, 100_000),
  })
  .superRefine((config, ctx) => {
    if (config.DATABASE_URL && !config.BETTER_AUTH_SECRET) {
      // Each instance would generate its own secret and every request landing on another instance would sign out.
      ctx.addIssue({
        code: "custom",
        path: ["BETTER_AUTH_SECRET"],
        message:
          "is required with DATABASE_URL: every instance sharing the database must sign sessions with the same secret (use `openssl rand -hex 32`)",
      });
    }
    if (Boolean(config.GOOGLE_CALENDAR_CLIENT_ID) !== Boolean(config.GOOGLE_CALENDAR_CLIENT_SECRET)) {
      const missing = config.GOOGLE_CALENDAR_CLIENT_ID
        ? "GOOGLE_CALENDAR_CLIENT_SECRET"
        : "GOOGLE_CALENDAR_CLIENT_ID";
      ctx.addIssue({
        code: "custom",
        path: [missing],
        message: "is not set, but the other Google Calendar OAuth setting is: set both, or neither",
      });
    }
    refuseHalfConfiguredElevenLabs(config, ctx);
    refuseHalfConfiguredTwilio(config, ctx);
    refuseDialLeaseShorterThanDial(config, ctx);
    refuseNarrowingVoiceAllowances(config, ctx);
    if (config.ELEVENLABS_INTAKE_AGENT_ID && !config.ELEVENLABS_API_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["ELEVENLABS_API_KEY"],
        message: "is required for voice intake: ELEVENLABS_INTAKE_AGENT_ID is set",
      });
    }
    if (config.INTAKE_MODEL === "gemini" && !config.GOOGLE_GENERATIVE_AI_API_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["INTAKE_MODEL"],
        message: "is gemini but GOOGLE_GENERATIVE_AI_API_KEY is not set",
      });
    }
    if (config.INTAKE_MODEL === "openai" && !config.OPENAI_API_KEY) {
      ctx.addIssue({
        code: "custom",
        path: ["INTAKE_MODEL"],
        message: "is openai but OPENAI_API_KEY is not set",
      });
    }
  })
  .transform((config) => ({
    ...config,
    DATABASE_PATH: config.DATABASE_PATH ?? path.join(config.DATA_DIR, "callpilot.db"),
  }));

export type AppConfig = z.infer<typeof configSchema>;

/**
 * Twilio places calls only with its account SID, auth token and number together, and only when it can reach us
 * back: it fetches each call's script from PUBLIC_BASE_URL and posts the call's progress there. Half a
 * configuration stops start-up rather than silently falling back to the simulation.
 */
function refuseHalfConfiguredTwilio(config: Partial<Record<string, unknown>>, ctx: z.RefinementCtx): void {
  const keys = ["TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_PHONE_NUMBER"];
  const missing = keys.filter((key) => !config[key]);
  if (missing.length > 0 && missing.length < keys.length) {
    ctx.addIssue({
      code: "custom",
      path: [missing[0]],
      message: `is not set, but other Twilio settings are: set ${missing.join(", ")} too, or none of them`,
    });
  }
  if (missing.length === 0 && !config.PUBLIC_BASE_URL) {
    ctx.addIssue({
      code: "custom",
      path: ["PUBLIC_BASE_URL"],
      message:
        "is required for Twilio calls: Twilio fetches each call's script from it and posts call status to it",
    });
  }
}

/**
 * ElevenLabs places calls only with all three of its keys, and its calls never end without the post-call webhook's
 * secret. The API key alone, or with the agent id, is a setup step (`npm run elevenlabs:setup`); any other partial
 * configuration stops start-up rather than silently falling back to another dialer.
 */
function refuseHalfConfiguredElevenLabs(
  config: Partial<Record<string, unknown>>,
  ctx: z.RefinementCtx,
): void {
  const {
    ELEVENLABS_API_KEY: key,
    ELEVENLABS_AGENT_ID: agent,
    ELEVENLABS_AGENT_PHONE_NUMBER_ID: phone,
  } = config;
  if (key && agent && phone && !config.ELEVENLABS_WEBHOOK_SECRET) {
    ctx.addIssue({
      code: "custom",
      path: ["ELEVENLABS_WEBHOOK_SECRET"],
      message: "is required when ElevenLabs places the calls (the post-call webhook's HMAC secret)",
    });
  }
  const missing =
    !key && (agent || phone) ? "ELEVENLABS_API_KEY" : phone && !agent ? "ELEVENLABS_AGENT_ID" : null;
  if (missing) {
    ctx.addIssue({
      code: "custom",
      path: [missing],
      message:
        "is not set, but other ElevenLabs settings are: set all three ElevenLabs keys, or none of them",
    });
  }
}

/**
 * Each voice allowance must hold at least the one inside it (a person's within their network's, a network's within
 * everyone's), or the wider one would refuse first with a sentence that blames the wrong thing; and a person's
 * daily characters must fit the longest text one request may have read aloud.
 */
function refuseNarrowingVoiceAllowances(config: Record<string, unknown>, ctx: z.RefinementCtx): void {
  const chains = [
    [
      "TTS_MAX_CHARACTERS",
      "TTS_CHARACTERS_PER_PERSON_PER_DAY",
      "TTS_CHARACTERS_PER_IP_PER_DAY",
      "TTS_CHARACTERS_PER_DAY",
    ],
    ["VOICE_SESSIONS_PER_PERSON_PER_DAY", "VOICE_SESSIONS_PER_IP_PER_DAY", "VOICE_SESSIONS_PER_DAY"],
  ];
  for (const chain of chains) {
    for (let i = 1; i < chain.length; i++) {
      const [inner, outer] = [chain[i - 1], chain[i]];
      if (Number(config[outer]) < Number(config[inner])) {
        ctx.addIssue({
          code: "custom",
          path: [outer],
          message: `expected at least ${inner} (${Number(config[inner]).toLocaleString("en-US")})`,
        });
      }
    }
  }
}

/**
 * A dispatcher's claim must outlast the slowest dial of the dialer in use (its request timeouts times its tries,
 * lib/calls/dial-timing.ts): a claim that expired mid-dial would let another pass end a call that is ringing.
 */
function refuseDialLeaseShorterThanDial(
  config: Parameters<typeof configuredDialer>[0] & {
    DIAL_LEASE_SECONDS: number;
    ELEVENLABS_TIMEOUT_SECONDS: number;
    SIM_DIAL_LATENCY_MS: number;
  },
  ctx: z.RefinementCtx,
): void {
  const dialer = configuredDialer(config);
  const longest = longestDial(dialer, config);
  if (config.DIAL_LEASE_SECONDS > longest.seconds) return;
  const fix =
    dialer === "elevenlabs"
      ? " or lower ELEVENLABS_TIMEOUT_SECONDS"
      : dialer === "simulated"
        ? " or lower SIM_DIAL_LATENCY_MS"
        : "";
  ctx.addIssue({
    code: "custom",
    path: ["DIAL_LEASE_SECONDS"],
    message: `must be longer than the slowest dial, but ${longest.explanation}: set DIAL_LEASE_SECONDS to at least ${Math.floor(longest.seconds) + 1}${fix}, so a claim never runs out while its call is being placed`,
  });
}

/** Which dialer places the calls: ElevenLabs when configured, else Twilio, else the simulation. */
export function configuredDialer(
  config: Parameters<typeof elevenLabsEnabled>[0] & Parameters<typeof twilioEnabled>[0],
): DialerKind {
  if (elevenLabsEnabled(config)) return "elevenlabs";
  if (twilioEnabled(config)) return "twilio";
  return "simulated";
}

/** Whether Twilio has its account SID, auth token and number (all three; half a set stops start-up). */
export function twilioEnabled(
  config: Partial<Pick<AppConfig, "TWILIO_ACCOUNT_SID" | "TWILIO_AUTH_TOKEN" | "TWILIO_PHONE_NUMBER">>,
): boolean {
  return Boolean(config.TWILIO_ACCOUNT_SID && config.TWILIO_AUTH_TOKEN && config.TWILIO_PHONE_NUMBER);
}

/** Whether every provider call goes through ElevenLabs. */
export function elevenLabsEnabled(
  config: Pick<AppConfig, "ELEVENLABS_API_KEY" | "ELEVENLABS_AGENT_ID" | "ELEVENLABS_AGENT_PHONE_NUMBER_ID">,
): boolean {
  return Boolean(
    config.ELEVENLABS_API_KEY && config.ELEVENLABS_AGENT_ID && config.ELEVENLABS_AGENT_PHONE_NUMBER_ID,
  );
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `CallPilot cannot start: the configuration is invalid.\n${problems.map((p) => `  - ${p}`).join("\n")}\nFix these in your environment or .env file (see .env.example).`,
    );
    this.name = "ConfigError";
  }
}

export function parseConfig(env: Record<string, string | undefined>): AppConfig {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const key = issue.path.join(".");
    const value = env[key];
    const shown = value === undefined ? "" : ` (got "${isSecretKey(key) ? "***" : value}")`;
    return `${key}: ${issue.message}${shown}`;
  });
  throw new ConfigError(problems);
}

function isSecretKey(key: string): boolean {
  return /SECRET|TOKEN|KEY|PASSWORD|SMTP_URL|DATABASE_URL/.test(key);
}

const cacheKey = Symbol.for("callpilot.config");
type ConfigHolder = { [cacheKey]?: AppConfig };

/** The process's configuration, parsed on first use. */
export function getConfig(): AppConfig {
  const holder = globalThis as ConfigHolder;
  holder[cacheKey] ??= parseConfig(process.env);
  return holder[cacheKey];
}

/** Tests change the environment between cases; this forgets the parsed copy. */
export function resetConfigForTests(): void {
  delete (globalThis as ConfigHolder)[cacheKey];
}
