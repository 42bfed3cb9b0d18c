// The consent a person gives, once, before CallPilot places real calls for them: the exact wording (versioned, so a
// changed text is asked again), recording it, and what the account page shows.
import { z } from "zod";
import { findConsent, latestConsent, recordConsent } from "@/db/call-consents";
import type { Caller } from "@/lib/auth/session";
import type { Clock } from "@/lib/clock";
import { conflict, forbidden } from "@/lib/errors";
import { sentence } from "@/lib/sentences/sentence";

/** Change the version whenever the wording changes: everyone is then asked to agree to the new text. */
export const consentVersion = "2026-05-v1";

export const consentText =
  "I agree that CallPilot may phone businesses on my behalf to book the appointments I ask for. Its AI voice " +
  "assistant says it is an AI assistant calling for me, and gives the business my name and the details I stated " +
  "in my request (what I need, when I am available, and my notes). Calls may be recorded where recording is on. " +
  "I can follow every call and its transcript, and CallPilot never calls a business that asked not to be called.";

/** What the person sends to agree: the version of the text they were shown (POST /api/account/consent, the form). */
export const consentRequestSchema = z
  .object({
    version: z.string().min(1).max(50).describe("The version of the consent text the person was shown."),
  })
  .strict();

export interface ConsentStatus {
  version: string;
  text: string;
  /** When the person agreed to this version; null when they have not. */
  given_at: string | null;
  /** An earlier version they agreed to, if the current one is still missing. */
  previous: { version: string; given_at: string } | null;
}

export async function consentStatus(userId: string): Promise<ConsentStatus> {
  const [current, latest] = await Promise.all([findConsent(userId, consentVersion), latestConsent(userId)]);
  return {
    version: consentVersion,
    text: consentText,
    given_at: current?.givenAt.toISOString() ?? null,
    previous: !current && latest ? { version: latest.version, given_at: latest.givenAt.toISOString() } : null,
  };
}

export async function hasCurrentConsent(userId: string): Promise<boolean> {
  return (await findConsent(userId, consentVersion)) !== undefined;
}

/** Records the person's consent to the wording they were shown (its version must be the current one). */
export async function giveConsent(caller: Caller, version: string, clock: Clock): Promise<ConsentStatus> {
  if (caller.isAnonymous) {
    throw forbidden(sentence("errorConsentNeedsAccount"));
  }
  if (version !== consentVersion) {
    throw conflict(sentence("errorConsentChanged"));
  }
  await recordConsent({ userId: caller.userId, version, now: clock.now() });
  return consentStatus(caller.userId);
}
