// Shared set-up of the voice route tests: sessions with a request of their own, and the environment switched between
// "ElevenLabs configured against the local stub" and "no ElevenLabs at all".
import { getCaller } from "@/lib/auth/session";
import { resetConfigForTests } from "@/lib/config";
import { fixedClock } from "@/lib/clock";
import { startTask } from "@/lib/intake/tasks";
import { anonymousSession } from "../helpers";
import { resetRuntimeForTests } from "../support/runtime-reset";

export const stubApiKey = "xi-voice-secret-key-0123456789";
export const intakeAgentId = "agent_intake";

/** Replaces every ElevenLabs setting with these (none: ElevenLabs is not configured). */
export function useVoiceEnv(values: Record<string, string>): void {
  for (const key of Object.keys(process.env)) if (key.startsWith("ELEVENLABS_")) delete process.env[key];
  Object.assign(process.env, values);
  resetConfigForTests();
  resetRuntimeForTests();
}

/** Removes these settings (they take their defaults again) and re-reads the configuration. */
export function dropEnv(keys: readonly string[]): void {
  for (const key of keys) delete process.env[key];
  resetConfigForTests();
  resetRuntimeForTests();
}

export function stubbedElevenLabs(
  stubUrl: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    ELEVENLABS_API_KEY: stubApiKey,
    ELEVENLABS_INTAKE_AGENT_ID: intakeAgentId,
    ELEVENLABS_BASE_URL: stubUrl,
    ELEVENLABS_TIMEOUT_SECONDS: "2",
    ...extra,
  };
}

/** A new guest with one request of their own. */
export async function personWithTask(): Promise<{ cookie: string; userId: string; taskId: string }> {
  const cookie = await anonymousSession();
  const caller = await getCaller(new Headers({ cookie, host: "127.0.0.1:3000" }));
  const task = await startTask(
    { userId: caller!.userId, timeZone: "America/New_York" },
    fixedClock(new Date()),
  );
  return { cookie, userId: caller!.userId, taskId: task.id };
}
