// Starts the real CallPilot server (`next start`, after `next build`) on a free local port with a fresh data folder,
// waits until it answers, and stops it with its whole process group. Later tests pass extra env (other dialers).
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const projectRoot = path.resolve(import.meta.dirname, "../../..");
const startupTimeoutMs = 60_000;

/** Vendor keys and URLs from the developer's shell must not reach the test server unless a test passes them. */
const inheritedKeysToDrop = [
  "GOOGLE_GENERATIVE_AI_API_KEY",
  "OPENAI_API_KEY",
  "ELEVENLABS_API_KEY",
  "TWILIO_ACCOUNT_SID",
  "TWILIO_AUTH_TOKEN",
  "TWILIO_PHONE_NUMBER",
  "TWILIO_API_BASE_URL",
  "CALL_REDIRECT_TO",
  "BETTER_AUTH_URL",
  "BETTER_AUTH_SECRET",
  "DATABASE_PATH",
  "DATABASE_URL",
  "CALLPILOT_SCHEMA_DIALECT",
  "PUBLIC_BASE_URL",
  "INTAKE_MODEL",
  "GOOGLE_PLACES_API_KEY",
  "GOOGLE_CALENDAR_CLIENT_ID",
  "GOOGLE_CALENDAR_CLIENT_SECRET",
];

export interface RunningApp {
  baseUrl: string;
  dataDir: string;
  /** Everything the server printed so far (for failure messages). */
  output(): string;
  stop(): Promise<void>;
  /** Kills the server at once (SIGKILL to its process group), as a machine dying would. */
  kill(): Promise<void>;
}

/** `port`: listen there (a test that must put the app's own URL in its env picks it first with freePort). */
export async function startApp(
  options: { env?: Record<string, string>; port?: number } = {},
): Promise<RunningApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "callpilot-e2e-"));
  const port = options.port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const key of inheritedKeysToDrop) delete env[key];
  Object.assign(env, {
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    SIM_CALL_SECONDS: "2",
    // Unanswered live questions hold a simulated call this long (tests/e2e/live-question.test.ts waits longer).
    SIM_QUESTION_WAIT_SECONDS: "4",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
    // Every browser test and benchmark talks from one address: request-rate limits off (the documented switch);
    // tests/integration/guardrails proves them, and the daily call limits stay on.
    RATE_LIMITS: "off",
    ...options.env,
  });

  const server = spawn(
    path.join(projectRoot, "node_modules/.bin/next"),
    ["start", "-H", "127.0.0.1", "-p", String(port)],
    {
      cwd: projectRoot,
      env,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  server.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));

  const app: RunningApp = {
    baseUrl,
    dataDir,
    output: () => output,
    stop: async () => {
      await stopProcessGroup(server);
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
    kill: async () => {
      if (server.pid === undefined || server.exitCode !== null || server.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
      process.kill(-server.pid, "SIGKILL");
      await exited;
    },
  };
  try {
    await waitUntilAnswering(baseUrl, server, () => output);
  } catch (error) {
    await app.stop();
    throw error;
  }
  return app;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        address && typeof address === "object" ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

async function waitUntilAnswering(
  baseUrl: string,
  server: ChildProcess,
  output: () => string,
): Promise<void> {
  const deadline = Date.now() + startupTimeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`next start exited with code ${server.exitCode} before answering:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`next start did not answer within ${startupTimeoutMs / 1000} s:\n${output()}`);
}

async function stopProcessGroup(server: ChildProcess): Promise<void> {
  if (server.pid === undefined || server.exitCode !== null || server.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-server.pid!, signal);
    } catch {
      // The group is already gone.
    }
  };
  signalGroup("SIGTERM");
  let timer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), 5_000)));
  const stopped = await Promise.race([exited.then(() => true), gaveUp]);
  clearTimeout(timer);
  if (!stopped) {
    signalGroup("SIGKILL");
    await exited;
  }
}
