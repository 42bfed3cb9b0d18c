// The one answer to "may this call be handed to the person now?" (issue 16): only with their consent, to their
// verified phone (E.164, never a do-not-call number), and inside the hours they chose, read in their own zone.
// A hand-over is part of the call it happens on: it is not a new call and is charged nothing more.
import { findListedNumbers } from "@/db/do-not-call";
import { getHandoverSettings, type HandoverSettings } from "@/db/person-profiles";
import { isWithinHandoverHours, readHandoverHours } from "@/lib/account/handover-hours";

export type HandoverDecision = { allowed: true; number: string } | { allowed: false; reason: string };

export const handoverRefusals = {
  noConsent: "The person has not agreed to take calls handed over by the agent.",
  noPhone: "The person has no verified phone number to hand the call to.",
  noHours: "The person has not chosen hours when a call may be handed to them.",
  outsideHours: "It is outside the hours the person chose for hand-overs.",
  listed: "The person's number is on the do-not-call list.",
} as const;

/** Never allowed: the default of a brief built without the person's settings (tests, the Twilio facts). */
export const handoverNotOffered: HandoverDecision = { allowed: false, reason: handoverRefusals.noConsent };

const e164 = /^\+[1-9]\d{6,14}$/;

/** The pure decision: `listed` says whether the verified number is on the do-not-call list. */
export function decideHandover(settings: HandoverSettings, now: Date, listed = false): HandoverDecision {
  if (!settings.consent) return { allowed: false, reason: handoverRefusals.noConsent };
  const number = settings.verifiedPhone?.trim() ?? "";
  if (!e164.test(number)) return { allowed: false, reason: handoverRefusals.noPhone };
  if (listed) return { allowed: false, reason: handoverRefusals.listed };
  // Read again here: hours that do not parse (an unknown zone, "25:00") ring nobody.
  const hours = readHandoverHours(settings.hours);
  if (!hours) return { allowed: false, reason: handoverRefusals.noHours };
  if (!isWithinHandoverHours(hours, now)) return { allowed: false, reason: handoverRefusals.outsideHours };
  return { allowed: true, number };
}

/** The decision for this person now, from their stored settings and the do-not-call list. */
export async function handoverDecisionFor(userId: string, now: Date): Promise<HandoverDecision> {
  const settings = await getHandoverSettings(userId);
  const number = settings.verifiedPhone?.trim();
  const listed = number ? (await findListedNumbers([number])).length > 0 : false;
  return decideHandover(settings, now, listed);
}
