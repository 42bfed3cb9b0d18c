// Shared set-up of the ElevenLabs integration tests: the process's configuration pointed at a local stub of the API.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { calls } from "@/db/schema";
import { resetConfigForTests, getConfig, type AppConfig } from "@/lib/config";
import { resetRuntimeForTests } from "./runtime-reset";

export const webhookSecret = "wsec_test_secret_0123456789abcdef";

export function elevenLabsEnv(stubUrl: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ELEVENLABS_API_KEY: "test-elevenlabs-key",
    ELEVENLABS_AGENT_ID: "agent_test",
    ELEVENLABS_AGENT_PHONE_NUMBER_ID: "phnum_test",
    ELEVENLABS_WEBHOOK_SECRET: webhookSecret,
    ELEVENLABS_BASE_URL: stubUrl,
    ELEVENLABS_TIMEOUT_SECONDS: "0.4",
    PUBLIC_BASE_URL: "http://127.0.0.1:3000",
    ...extra,
  };
}

/** Sets the environment for this test file and returns the parsed configuration. */
export function useElevenLabsConfig(stubUrl: string, extra: Record<string, string> = {}): AppConfig {
  for (const key of Object.keys(process.env)) if (key.startsWith("ELEVENLABS_")) delete process.env[key];
  delete process.env.CALL_REDIRECT_TO;
  Object.assign(process.env, elevenLabsEnv(stubUrl, extra));
  resetConfigForTests();
  resetRuntimeForTests();
  return getConfig();
}

/** Marks a fixture call as dialed through ElevenLabs with this conversation id (as markCallDialed would). */
export async function markDialedThroughElevenLabs(
  callId: string,
  conversationId: string,
  startedAt = new Date(),
): Promise<void> {
  await getDb()
    .update(calls)
    .set({ status: "in_progress", dialer: "elevenlabs", externalId: conversationId, startedAt })
    .where(eq(calls.id, callId));
}
