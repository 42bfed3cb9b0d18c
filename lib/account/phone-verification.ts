// Verifying the person's own phone: a 6-digit one-time code sent by SMS (or to the log offline), kept only as a
// hash, valid 10 minutes and 5 tries; sends are bounded per person per hour and per day, and in all per day (each
// costs money). Typing the right code back makes the number the one a hand-over rings.
import { createHmac, randomInt, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { removeVerifiedPhone } from "@/db/person-profiles";
import {
  completePhoneVerification,
  createPhoneVerification,
  discardPhoneVerification,
  latestPhoneVerification,
  recordWrongCode,
} from "@/db/phone-verifications";
import { UsageLimitReached } from "@/db/usage-counters";
import { parsePhoneNumber } from "@/lib/admin/phone-number";
import type { Caller } from "@/lib/auth/session";
import { resolveAuthSecret } from "@/lib/auth/auth-secret";
import type { UsageCharge } from "@/db/usage-counters";
import type { Clock } from "@/lib/clock";
import type { AppConfig } from "@/lib/config";
import { AppError, conflict, forbidden, invalidField, unavailable } from "@/lib/errors";
import { utcDay } from "@/lib/guardrails/day";
import { newId } from "@/lib/ids";
import { logger } from "@/lib/logger";
import { SmsRefused, type SmsSender } from "@/lib/sms/sms-sender";
import { sentence } from "@/lib/sentences/sentence";
import { validationMessage } from "@/lib/sentences/validation-message";

export const phoneCodeLifetimeMs = 10 * 60_000;
export const phoneCodeMaxAttempts = 5;

export const phoneNumberSchema = z
  .object({
    phone: z
      .string()
      .max(40, validationMessage("validationPhoneTooLong"))
      .describe("The person's own phone, with its country code, e.g. +16175550123."),
  })
  .strict();

export const phoneCodeSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^\d{6}$/, validationMessage("validationCodeDigits"))
      .describe("The 6-digit code sent to the phone."),
  })
  .strict();

export interface PhoneCodeSent {
  phone: string;
  expires_at: string;
  /** sms: a text was sent; log: Twilio is not configured, so the code is in the server log. */
  sent_by: "sms" | "log";
}

export interface PhoneVerificationDeps {
  clock: Clock;
  config: AppConfig;
  sms: SmsSender;
}

function requireAccount(caller: Caller): void {
  if (caller.isAnonymous) throw forbidden(sentence("errorPhoneNeedsAccount"));
}

function hashCode(id: string, code: string, config: AppConfig): string {
  return createHmac("sha256", resolveAuthSecret(config)).update(`${id}:${code}`).digest("hex");
}

/** Sends a new code to the number; any earlier code stops counting. */
export async function sendPhoneCode(
  caller: Caller,
  input: z.output<typeof phoneNumberSchema>,
  deps: PhoneVerificationDeps,
): Promise<PhoneCodeSent> {
  requireAccount(caller);
  const parsed = parsePhoneNumber(input.phone);
  if (!parsed.ok) throw invalidField("phone", `The phone number ${parsed.message}.`);
  const now = deps.clock.now();
  const id = newId("pv");
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const expiresAt = new Date(now.getTime() + phoneCodeLifetimeMs);
  const day = utcDay(now);
  const charges: UsageCharge[] = [
    {
      scope: "person_phone_codes",
      key: caller.userId,
      day,
      amount: 1,
      limit: deps.config.PHONE_CODES_PER_PERSON_PER_DAY,
    },
    { scope: "all_phone_codes", key: "all", day, amount: 1, limit: deps.config.PHONE_CODES_PER_DAY },
  ];
  try {
    await createPhoneVerification({
      id,
      userId: caller.userId,
      phone: parsed.e164,
      codeHash: hashCode(id, code, deps.config),
      now,
      expiresAt,
      hourly: {
        limit: deps.config.PHONE_CODES_PER_PERSON_PER_HOUR,
        tooMany: () =>
          new AppError(
            "rate_limited",
            "You asked for several codes in the last hour: use the last one sent, or wait an hour and ask again.",
            { "Retry-After": "3600" },
          ),
      },
      charges,
    });
  } catch (error) {
    if (error instanceof UsageLimitReached)
      throw new AppError(
        "rate_limited",
        sentence(error.charge.scope === "all_phone_codes" ? "errorAllCodesSent" : "errorYourCodesSent"),
      );
    throw error;
  }
  try {
    await deps.sms.send({
      to: parsed.e164,
      body: `Your CallPilot code is ${code}. It works for 10 minutes. If you did not ask for it, ignore this text.`,
    });
  } catch (error) {
    if (error instanceof SmsRefused) {
      // Nothing was sent: the code is forgotten and counts against no bound.
      await discardPhoneVerification(id, charges);
      logger.warn("a phone verification code was refused by the SMS vendor", {
        userId: caller.userId,
        error,
      });
      throw invalidField("phone", sentence("errorNumberCannotReceiveText"));
    }
    logger.error("could not send a phone verification code", { userId: caller.userId, error });
    throw unavailable(sentence("errorCodeNotSent"));
  }
  return {
    phone: parsed.e164,
    expires_at: expiresAt.toISOString(),
    sent_by: deps.sms.kind === "twilio" ? "sms" : "log",
  };
}

/** Checks the typed code against the latest one sent; the right code verifies the number (again: same answer). */
export async function confirmPhoneCode(
  caller: Caller,
  input: z.output<typeof phoneCodeSchema>,
  deps: Pick<PhoneVerificationDeps, "clock" | "config">,
): Promise<{ verified_phone: string; verified_at: string }> {
  requireAccount(caller);
  const now = deps.clock.now();
  const pending = await latestPhoneVerification(caller.userId);
  if (!pending) throw conflict(sentence("errorNoCodeYet"));
  const right = sameHash(pending.codeHash, hashCode(pending.id, input.code, deps.config));
  if (pending.verifiedAt) {
    // Typing the same right code again answers the same; anything else needs a new code.
    if (right) return { verified_phone: pending.phone, verified_at: pending.verifiedAt.toISOString() };
    throw conflict(sentence("errorNumberAlreadyVerified"));
  }
  if (pending.attempts >= phoneCodeMaxAttempts) throw conflict(sentence("errorTooManyWrongCodes"));
  if (pending.expiresAt.getTime() < now.getTime()) throw conflict(sentence("errorCodeExpired"));
  if (!right) {
    const used = await recordWrongCode(pending.id, phoneCodeMaxAttempts);
    const left = used === null ? 0 : phoneCodeMaxAttempts - used;
    if (left === 0) throw conflict(sentence("errorTooManyWrongCodes"));
    throw invalidField("code", sentence("errorWrongCode", { left }));
  }
  const done = await completePhoneVerification({
    id: pending.id,
    userId: caller.userId,
    phone: pending.phone,
    maxAttempts: phoneCodeMaxAttempts,
    now,
  });
  if (!done) throw conflict(sentence("errorCodeUnusable"));
  return { verified_phone: pending.phone, verified_at: now.toISOString() };
}

function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, "hex");
  const right = Buffer.from(b, "hex");
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Forgets the verified phone (and with it the hand-over consent); removing none is not an error. */
export async function removePhone(caller: Caller, clock: Clock): Promise<void> {
  await removeVerifiedPhone(caller.userId, clock.now());
}
