// Verifies a post-call webhook's ElevenLabs-Signature header (t=<unix seconds>,v0=<hex HMAC-SHA256 of
// "<t>.<raw body>">) with the SDK's own helper, which also rejects timestamps older than 30 minutes. Before it we
// compare in constant time (the helper compares strings) and refuse timestamps from the future.
import { createHmac, timingSafeEqual } from "node:crypto";
import { ElevenLabsClient } from "@elevenlabs/elevenlabs-js";
import { unauthorized } from "@/lib/errors";

const futureToleranceSeconds = 5 * 60;
// Verifying needs no API key; the client is only the home of the SDK's helper.
let sdkWebhooks: ElevenLabsClient["webhooks"] | undefined;
const webhooks = () => (sdkWebhooks ??= new ElevenLabsClient({ apiKey: "not-needed-to-verify" }).webhooks);

export async function verifyWebhookSignature(
  rawBody: string,
  header: string | null,
  secret: string | undefined,
  now: Date,
): Promise<unknown> {
  if (!secret) throw unauthorized("Webhooks are not accepted: ELEVENLABS_WEBHOOK_SECRET is not set.");
  if (!header) throw unauthorized("The ElevenLabs-Signature header is missing.");
  const parts = header.split(",").map((part) => part.trim());
  const timestamp = parts.find((part) => part.startsWith("t="))?.slice(2) ?? "";
  const signature = parts.find((part) => part.startsWith("v0="))?.slice(3) ?? "";
  if (!/^\d+$/.test(timestamp) || !signature) throw unauthorized("The webhook signature is malformed.");
  if (Number(timestamp) > now.getTime() / 1000 + futureToleranceSeconds) {
    throw unauthorized("The webhook signature's timestamp is in the future.");
  }
  const expected = createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest();
  const given = Buffer.from(signature, "hex");
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw unauthorized("The webhook signature does not match.");
  }
  try {
    return await webhooks().constructEvent(rawBody, `t=${timestamp},v0=${signature}`, secret);
  } catch {
    throw unauthorized("The webhook signature is stale or invalid.");
  }
}

/** Signs a body exactly as ElevenLabs does (tests, the API stub and the benchmark use it). */
export function signWebhookBody(rawBody: string, secret: string, at: Date = new Date()): string {
  const timestamp = Math.floor(at.getTime() / 1000);
  const digest = createHmac("sha256", secret).update(`${timestamp}.${rawBody}`).digest("hex");
  return `t=${timestamp},v0=${digest}`;
}
