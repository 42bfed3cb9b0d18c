// The consent a person gives, once, before CallPilot places real calls for them: the exact wording (versioned, so a
// changed text is asked again), recording it with the language it was shown in, and what the account page shows. The
// wording lives in the message files (`consent.text`), one per language, all under the same version.
import { z } from "zod";
import { findConsent, latestConsent, recordConsent } from "@/db/call-consents";
import type { Caller } from "@/lib/auth/session";
import type { Clock } from "@/lib/clock";
import { conflict, forbidden } from "@/lib/errors";
import { sentence } from "@/lib/sentences/sentence";
import type { Locale } from "@/i18n/locales";
import english from "@/messages/en.json";

/**
 * Change the version whenever the wording changes, in any language: everyone is then asked to agree to the new
 * text.
 */
export const consentVersion = "2026-05-v1";

/** The English wording: what the REST API returns; the pages show their language's (messages/*.json). */
export const consentText = english.consent.text;

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
  /** The language the wording was shown in when they agreed; null when they have not (or before it was kept). */
  given_in: string | null;
  /** An earlier version they agreed to, if the current one is still missing. */
  previous: { version: string; given_at: string } | null;
}

export async function consentStatus(userId: string): Promise<ConsentStatus> {
  const [current, latest] = await Promise.all([findConsent(userId, consentVersion), latestConsent(userId)]);
  return {
    version: consentVersion,
    text: consentText,
    given_at: current?.givenAt.toISOString() ?? null,
    given_in: current?.language ?? null,
    previous: !current && latest ? { version: latest.version, given_at: latest.givenAt.toISOString() } : null,
  };
}

export async function hasCurrentConsent(userId: string): Promise<boolean> {
  return (await findConsent(userId, consentVersion)) !== undefined;
}

/**
 * Records the person's consent to the wording they were shown (its version must be the current one), in `language`:
 * the language of the page that sent it.
 */
export async function giveConsent(
  caller: Caller,
  version: string,
  language: Locale,
  clock: Clock,
): Promise<ConsentStatus> {
  if (caller.isAnonymous) {
    throw forbidden(sentence("errorConsentNeedsAccount"));
  }
  if (version !== consentVersion) {
    throw conflict(sentence("errorConsentChanged"));
  }
  await recordConsent({ userId: caller.userId, version, language, now: clock.now() });
  return consentStatus(caller.userId);
}
