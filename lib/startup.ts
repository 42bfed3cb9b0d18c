// Start-up of a server process: configuration, database (migrations applied on open), demo directory, the auth
// secret, and the dispatcher (resume what a crash left behind, then sweep for due calls periodically).
import { getDb } from "@/db/client";
import { seedDemoDirectory } from "@/db/providers";
import { getAuth } from "./auth/auth";
import { recoverStaleClaims, resumeInterruptedCalls, wakeDispatcher } from "./calls/dispatcher";
import { runElevenLabsSweep } from "./calls/elevenlabs/sweep";
import { reconcileTwilioCalls } from "./calls/twilio/reconcile";
import { settleStalledBookings } from "./booking/settle-stalled";
import { ConfigError, getConfig, type AppConfig } from "./config";
import { logger } from "./logger";
import { getRuntime } from "./runtime";

const startedKey = Symbol.for("callpilot.started");
type Holder = { [startedKey]?: boolean };

export async function startServer(): Promise<void> {
  const holder = globalThis as Holder;
  if (holder[startedKey]) return;
  holder[startedKey] = true;

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
  getDb();
  const inserted = await seedDemoDirectory();
  if (inserted > 0) logger.info(`seeded the demo provider directory (${inserted} providers)`);
  getAuth();

  const runtime = getRuntime();
  logger.info("CallPilot is starting", {
    database: config.DATABASE_PATH,
    dialer: runtime.dialer.name,
    intakeModel: runtime.intakeModel.name,
    redirectCallsTo: config.CALL_REDIRECT_TO ? "set" : "off",
    rateLimits: config.RATE_LIMITS ? "on" : "off",
  });
  warnWithoutMailServer(config, runtime.dialer.name !== "simulated");
  const deps = { dialer: runtime.dialer, clock: runtime.clock, config };
  await recoverStaleClaims(deps);
  const resumed = await resumeInterruptedCalls(deps);
  if (resumed > 0) logger.info(`resumed ${resumed} call(s) interrupted by a restart`);

  // The sweep picks up scheduled calls as they fall due, claims abandoned by a dead process, and bookings
  // whose last call ended while no process was listening. Claims are atomic, so every instance may sweep.
  const sweep = setInterval(() => {
    wakeDispatcher();
    settleStalledBookings(runtime.clock).catch((error) =>
      logger.error("settling stalled bookings failed", { error }),
    );
    runElevenLabsSweep({ config, clock: runtime.clock }).catch((error) =>
      logger.error("the ElevenLabs sweep failed", { error }),
    );
    reconcileTwilioCalls({ config, clock: runtime.clock }).catch((error) =>
      logger.error("reconciling Twilio calls failed", { error }),
    );
  }, config.DISPATCH_SWEEP_SECONDS * 1000);
  sweep.unref();
  wakeDispatcher();
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
