// The one place the ElevenLabs SDK client is built: base URL (the real API, or a stub in tests), API key, request
// timeout, and no SDK-level retries — retrying is our decision per request (a repeated outbound-call request could
// ring a business twice).
import { ElevenLabsClient } from "@elevenlabs/elevenlabs-js";
import type { AppConfig } from "@/lib/config";

const clients = new WeakMap<AppConfig, ElevenLabsClient>();

export function elevenLabsClient(config: AppConfig): ElevenLabsClient {
  let client = clients.get(config);
  if (!client) {
    client = new ElevenLabsClient({
      apiKey: config.ELEVENLABS_API_KEY ?? "",
      baseUrl: config.ELEVENLABS_BASE_URL.replace(/\/+$/, ""),
      timeoutInSeconds: config.ELEVENLABS_TIMEOUT_SECONDS,
      maxRetries: 0,
    });
    clients.set(config, client);
  }
  return client;
}
