// Who may make CallPilot phone real businesses: with a real dialer configured (ElevenLabs or Twilio, stubbed in
// tests or not), only a signed-up person with a verified email who has consented. The simulation stays open to guests.
import type { Caller } from "@/lib/auth/session";
import type { Dialer } from "@/lib/calls/dialer";
import { forbidden } from "@/lib/errors";
import { hasCurrentConsent } from "./consent";
import { sentence } from "@/lib/sentences/sentence";

export const verifyEmailMessage = sentence("errorVerifyEmail");
export const consentMessage = sentence("errorConsentNeeded");

/**
 * Whether the configured dialer is a real one. Decided by its name, not by `callsRealPhones`: a Twilio dialer
 * pointed at a stub of Twilio's API says it rings no real phone, yet the gate must behave exactly as in production.
 */
export function usesRealDialer(dialer: Pick<Dialer, "name">): boolean {
  return dialer.name !== "simulated";
}

/** Throws a 403 the person can act on unless they may trigger calls through this dialer. */
export async function assertMayPlaceCalls(
  caller: Pick<Caller, "userId" | "isAnonymous" | "emailVerified">,
  dialer: Pick<Dialer, "name">,
): Promise<void> {
  if (!usesRealDialer(dialer)) return;
  if (caller.isAnonymous || !caller.emailVerified) throw forbidden(verifyEmailMessage);
  if (!(await hasCurrentConsent(caller.userId))) throw forbidden(consentMessage);
}
