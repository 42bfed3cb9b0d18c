// The per-call token that authenticates the agent's in-call tool requests: an HMAC-SHA256 of the call id under a
// key derived (HKDF) from the app's auth secret. ElevenLabs receives it as a secret dynamic variable (never shown to
// the LLM) and sends it back in a header; without the right token a tool request changes nothing.
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { resolveAuthSecret } from "@/lib/auth/auth-secret";
import type { AppConfig } from "@/lib/config";

export const toolTokenHeader = "x-callpilot-tool-token";
/** The dynamic variable carrying the token; `secret__` keeps it out of the LLM's context. */
export const toolTokenVariable = "secret__tool_token";

const keyLabel = "callpilot elevenlabs in-call tool token v1";
const keyCache = new WeakMap<AppConfig, Buffer>();

function toolTokenKey(config: AppConfig): Buffer {
  let key = keyCache.get(config);
  if (!key) {
    key = Buffer.from(hkdfSync("sha256", resolveAuthSecret(config), Buffer.alloc(0), keyLabel, 32));
    keyCache.set(config, key);
  }
  return key;
}

export function toolTokenFor(callId: string, config: AppConfig): string {
  return createHmac("sha256", toolTokenKey(config)).update(callId).digest("base64url");
}

/** Constant-time check of a presented token against the call's own. */
export function isValidToolToken(callId: string, presented: string | null, config: AppConfig): boolean {
  if (!presented) return false;
  const expected = Buffer.from(toolTokenFor(callId, config));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
