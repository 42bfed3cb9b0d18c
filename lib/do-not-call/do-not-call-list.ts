// The do-not-call list: admins add and remove numbers; the dispatcher asks isDoNotCall before every dial. A number
// a business asked on one person's call not to be called is kept from that person's calls at once, and from
// everyone's once an admin confirms it (lib/do-not-call/opt-out-review.ts).
import { z } from "zod";
import {
  deleteDoNotCallNumber,
  findListedEntries,
  findListedNumbers,
  insertDoNotCallNumber,
  listDoNotCallEntries,
  type DoNotCallEntry,
} from "@/db/do-not-call";
import { findPendingOptOutNumbers } from "@/db/opt-out-requests";
import type { AuditActor } from "@/lib/admin/audit-actions";
import { parsePhoneNumber } from "@/lib/admin/phone-number";
import type { Clock } from "@/lib/clock";
import { conflict, invalid, invalidField, notFound } from "@/lib/errors";
import { sentence, type WrittenSentence } from "@/lib/sentences/sentence";

export const doNotCallInputSchema = z
  .object({
    phone: z.string().trim().min(1, "give a phone number").max(40),
    /** Reads numbers written without +country code ("(617) 555-0123" with US). */
    country: z.string().trim().length(2).toUpperCase().optional(),
    reason: z.string().trim().max(500).optional(),
  })
  .strict();
export type DoNotCallInput = z.infer<typeof doNotCallInputSchema>;

export const blockedCallReason = sentence("failureDoNotCall");

export function listDoNotCall(): Promise<DoNotCallEntry[]> {
  return listDoNotCallEntries();
}

/** Normalises the number to E.164 and lists it. */
export async function addToDoNotCallList(
  input: DoNotCallInput,
  actor: AuditActor,
  clock: Clock,
): Promise<{ phone: string }> {
  const parsed = parsePhoneNumber(input.phone, input.country ?? "US");
  if (!parsed.ok) throw invalidField("phone", `The phone number ${parsed.message}.`);
  const added = await insertDoNotCallNumber({
    phone: parsed.e164,
    reason: input.reason || null,
    actor,
    now: clock.now(),
  });
  if (!added) throw conflict(`${parsed.e164} is already on the do-not-call list.`);
  return { phone: parsed.e164 };
}

/** Unlists the number, or dismisses the opt-outs of it waiting for review: anyone's calls may dial it again. */
export async function removeFromDoNotCallList(phone: string, actor: AuditActor, clock: Clock): Promise<void> {
  const parsed = parsePhoneNumber(phone);
  if (!parsed.ok) throw invalid(`The phone number ${parsed.message}.`);
  const removed = await deleteDoNotCallNumber({ phone: parsed.e164, actor, now: clock.now() });
  if (!removed) throw notFound(`${parsed.e164} on the do-not-call list`);
}

/**
 * Whether a call for this person must not ring any of these numbers (E.164; nulls ignored): one is listed, or one of
 * the person's calls heard the business ask not to be called and that waits for review. personId null: listed only.
 */
export async function isDoNotCall(
  numbers: ReadonlyArray<string | null | undefined>,
  personId: string | null,
): Promise<boolean> {
  const phones = presentNumbers(numbers);
  if ((await findListedNumbers(phones)).length > 0) return true;
  return personId !== null && (await findPendingOptOutNumbers(phones, personId)).length > 0;
}

function presentNumbers(numbers: ReadonlyArray<string | null | undefined>): string[] {
  return numbers.filter((n): n is string => typeof n === "string" && n !== "");
}

/** What a person sees about a listed business they asked for (provider selection skips it). */
const optedOutReason = sentence("skipOptedOut");
const listedReason = sentence("skipDoNotCall");

/** The numbers among these a call for this person must not ring, each with the reason provider selection shows. */
export async function doNotCallReasons(
  numbers: ReadonlyArray<string | null | undefined>,
  personId: string,
): Promise<Map<string, WrittenSentence>> {
  const phones = presentNumbers(numbers);
  const [entries, pending] = await Promise.all([
    findListedEntries(phones),
    findPendingOptOutNumbers(phones, personId),
  ]);
  const reasons = new Map<string, WrittenSentence>(pending.map((phone) => [phone, optedOutReason]));
  for (const entry of entries) reasons.set(entry.phone, entry.sourceCallId ? optedOutReason : listedReason);
  return reasons;
}
