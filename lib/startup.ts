// Start-up of a server process: each request's socket address where the per-IP limits can read it, configuration,
// database (migrations applied, one instance at a time on PostgreSQL), demo directory, the auth secret, then the job
// runner (dispatch passes, reactions, webhooks, simulated calls) and the periodic ticks.
import { currentDialect, prepareDatabase } from "@/db/client";
import { recoverJobsAfterRestart } from "@/db/jobs";
import { seedDemoDirectory } from "@/db/providers";
import { getAuth } from "./auth/auth";
import { ConfigError, getConfig, twilioEnabled, type AppConfig } from "./config";
import { stampPeerAddresses } from "./http/peer-address";
import { logger } from "./logger";
import { getRuntime, startRuntime } from "./runtime";

const startedKey = Symbol.for("callpilot.started");
type Holder = { [startedKey]?: boolean };

export async function startServer(): Promise<void> {
  const holder = globalThis as Holder;
  if (holder[startedKey]) return;
  holder[startedKey] = true;
  // First, before Next.js serves a request: without it every request would count under one unknown address.
  stampPeerAddresses();

  let config;
  try {
    config = getConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`\n${error.message}\n\n`);
      process.exit(1);
    }
    throw error;
  }
  await prepareDatabase();
  const inserted = await seedDemoDirectory();
  if (inserted > 0) logger.info(`seeded the demo provider directory (${inserted} providers)`);
  getAuth();

  const runtime = getRuntime();
  logger.info("CallPilot is starting", {
    database: currentDialect() === "postgresql" ? "postgresql (DATABASE_URL)" : config.DATABASE_PATH,
    dialer: runtime.dialer.name,
    intakeModel: runtime.intakeModel.name,
    redirectCallsTo: config.CALL_REDIRECT_TO ? "set" : "off",
    rateLimits: config.RATE_LIMITS ? "on" : "off",
  });
  warnWithoutMailServer(config, runtime.dialer.name !== "simulated");
  if (!twilioEnabled(config))
    logger.warn(
      "Twilio is not configured: phone verification codes are written to this log instead of being texted (fine for development).",
    );
  const recovered = await recoverJobsAfterRestart();
  if (recovered > 0) logger.info(`resuming ${recovered} job(s) interrupted by a restart`);
  startRuntime();
}

/** Without SMTP_URL, verification emails go to the log: say so once, loudly when real calls depend on them. */
function warnWithoutMailServer(config: AppConfig, realCalls: boolean): void {
  if (config.SMTP_URL) return;
  logger.warn(
    realCalls
      ? "SMTP_URL is not set: verification emails are NOT sent but written to this log, and nobody can make real calls until their email is verified. Set SMTP_URL (see .env.example)."
      : "SMTP_URL is not set: verification emails are written to this log instead of being sent (fine for development; set SMTP_URL in production).",
  );
}
