// What a person sees of their own standing (GET /api/account, the account page, the call panel): their email and
// whether it is verified, their consent, today's allowance, and what they still need to do before real calls.
import type { Caller } from "@/lib/auth/session";
import type { Clock } from "@/lib/clock";
import type { Dialer } from "@/lib/calls/dialer";
import { consentStatus, type ConsentStatus } from "./consent";
import { allowanceFor, type Allowance } from "./limits";
import { usesRealDialer } from "./real-call-gate";

export interface AccountView {
  user_id: string;
  /** Null for a guest. */
  email: string | null;
  name: string | null;
  is_anonymous: boolean;
  email_verified: boolean;
  /** Whether bookings phone real businesses (ElevenLabs or Twilio configured), so the steps below apply. */
  real_calls: boolean;
  /** What is still missing before CallPilot may place real calls for this person; null when nothing is. */
  next_step: "sign_up" | "verify_email" | "consent" | null;
  consent: ConsentStatus;
  allowance: Allowance;
}

export async function accountView(
  caller: Caller,
  dialer: Pick<Dialer, "name">,
  clock: Clock,
): Promise<AccountView> {
  const [consent, allowance] = await Promise.all([
    consentStatus(caller.userId),
    allowanceFor(caller.userId, clock),
  ]);
  const realCalls = usesRealDialer(dialer);
  const nextStep = !realCalls
    ? null
    : caller.isAnonymous
      ? "sign_up"
      : !caller.emailVerified
        ? "verify_email"
        : consent.given_at === null
          ? "consent"
          : null;
  return {
    user_id: caller.userId,
    email: caller.isAnonymous ? null : caller.email,
    name: caller.isAnonymous ? null : caller.name,
    is_anonymous: caller.isAnonymous,
    email_verified: caller.emailVerified,
    real_calls: realCalls,
    next_step: nextStep,
    consent,
    allowance,
  };
}
