// The two ends of connecting Google Calendar: sending the person to Google's consent page with a one-time state
// (kept in a short-lived cookie, so only the browser that started can finish), and storing the tokens on return.
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { Clock } from "@/lib/clock";
import { getConfig } from "@/lib/config";
import { invalid, notFound } from "@/lib/errors";
import { connectGoogleCalendar } from "./google-connection";
import { googleConsentUrl, isGoogleCalendarConfigured } from "./google-oauth";
import { forgetGoogleBusyTimes } from "./google-busy-times";

export const consentStateCookie = "callpilot_google_state";
export const consentCallbackPath = "/api/calendar/google/callback";

function requireConfigured() {
  const config = getConfig();
  if (!isGoogleCalendarConfigured(config)) throw notFound("Google Calendar on this server");
  return config;
}

export function beginGoogleConsent(baseUrl: string): { url: string; state: string } {
  const config = requireConfigured();
  const state = randomBytes(24).toString("base64url");
  return { url: googleConsentUrl({ state, redirectUri: `${baseUrl}${consentCallbackPath}` }, config), state };
}

export async function finishGoogleConsent(
  input: {
    userId: string;
    baseUrl: string;
    query: URLSearchParams;
    cookieState: string | undefined;
  },
  clock: Clock,
): Promise<void> {
  requireConfigured();
  const state = input.query.get("state") ?? "";
  if (!input.cookieState || !sameText(state, input.cookieState)) {
    throw invalid(
      "This Google sign-in did not start here or took too long; start connecting Google Calendar again.",
    );
  }
  const refusal = input.query.get("error");
  if (refusal) throw invalid(`Google Calendar was not connected (${refusal}).`);
  const code = input.query.get("code");
  if (!code)
    throw invalid("Google did not send an authorisation code; start connecting Google Calendar again.");
  await connectGoogleCalendar(
    { userId: input.userId, code, redirectUri: `${input.baseUrl}${consentCallbackPath}` },
    clock,
  );
  forgetGoogleBusyTimes();
}

function sameText(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}
