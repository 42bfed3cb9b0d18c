// The one zod-validated view of the environment. Parsed once; a wrong value stops start-up with a clear message.
import path from "node:path";
import { z } from "zod";

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
    DIAL_LEASE_SECONDS: wholeNumber(60, 1, 3600),
    DISPATCH_SWEEP_SECONDS: decimal(5, 0.1, 3600),
    MAX_PROVIDER_DISTANCE_KM: decimal(40, 1, 20000),
    CALL_REDIRECT_TO: e164,
    RETRY_MAX: wholeNumber(2, 0, 10),
    RETRY_DELAY_MINUTES: decimal(15, 0, 24 * 60),
    SIM_CALL_SECONDS: decimal(8, 0, 600),
    SIM_DIAL_LATENCY_MS: wholeNumber(0, 0, 60_000),
    SIM_RESPECT_OPENING_HOURS: flag(false),

    // --- ElevenLabs Conversational AI (real calls) ---

    // --- Twilio (real calls with the scripted TwiML fallback) ---

    // --- Admin, provider discovery (Google Places) and calendars ---
  })
  .superRefine((config, ctx) => {
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
  return /SECRET|TOKEN|KEY|PASSWORD/.test(key);
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
