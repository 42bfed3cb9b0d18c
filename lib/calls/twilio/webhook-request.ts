// Twilio's webhooks as we read them: the public URLs we give Twilio, and each request's form body, accepted only
// with a valid X-Twilio-Signature (the SDK's validator). The signed URL is rebuilt from PUBLIC_BASE_URL and the
// request's own path and query, never from the Host header, which a proxy rewrites and a caller can choose.
import twilio from "twilio";
import type { AppConfig } from "@/lib/config";
import { forbidden } from "@/lib/errors";
import { readBodyText } from "@/lib/http/read-body";

export const voicePath = "/api/twilio/voice";
export const statusPath = "/api/twilio/status";

const maxBodyBytes = 64 * 1024;

export type TwilioParams = Record<string, string>;

type WebhookConfig = Pick<AppConfig, "PUBLIC_BASE_URL" | "TWILIO_AUTH_TOKEN">;

/** The absolute URL Twilio is given for one of our routes. */
export function publicUrl(publicBaseUrl: string, path: string): string {
  return `${publicBaseUrl.replace(/\/+$/, "")}${path}`;
}

/** The URL Twilio signed for this request: the configured public origin, this request's path and query. */
export function signedUrlOf(request: Request, publicBaseUrl: string): string {
  const url = new URL(request.url);
  return publicUrl(publicBaseUrl, `${url.pathname}${url.search}`);
}

/** The form parameters of a genuine Twilio request; a missing or wrong signature is a 403 and nothing is read. */
export async function readSignedTwilioForm(request: Request, config: WebhookConfig): Promise<TwilioParams> {
  const body = await readBodyText(request, { maxBytes: maxBodyBytes });
  const signature = request.headers.get("x-twilio-signature");
  const token = config.TWILIO_AUTH_TOKEN;
  const base = config.PUBLIC_BASE_URL;
  const params = Object.fromEntries(new URLSearchParams(body));
  if (
    !signature ||
    !token ||
    !base ||
    !twilio.validateRequest(token, signature, signedUrlOf(request, base), params)
  ) {
    throw forbidden("This request does not carry a valid Twilio signature.");
  }
  return params;
}
