// The do-not-call list: admins add and remove numbers; the dispatcher asks isDoNotCall before every dial.
import { z } from "zod";
import {
  deleteDoNotCallNumber,
  findListedEntries,
  findListedNumbers,
  insertDoNotCallNumber,
  listDoNotCallEntries,
  type DoNotCallEntry,
} from "@/db/do-not-call";
import type { AuditActor } from "@/lib/admin/audit-actions";
import { parsePhoneNumber } from "@/lib/admin/phone-number";
import type { Clock } from "@/lib/clock";
import { conflict, invalid, notFound } from "@/lib/errors";

export const doNotCallInputSchema = z
  .object({
    phone: z.string().trim().min(1, "give a phone number").max(40),
    /** Reads numbers written without +country code ("(617) 555-0123" with US). */
    country: z.string().trim().length(2).toUpperCase().optional(),
    reason: z.string().trim().max(500).optional(),
  })
  .strict();
export type DoNotCallInput = z.infer<typeof doNotCallInputSchema>;

export const blockedCallReason = "This number is on the do-not-call list; CallPilot never dials it.";

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
  if (!parsed.ok) throw invalid(`The phone number ${parsed.message}.`);
  const added = await insertDoNotCallNumber({
    phone: parsed.e164,
    reason: input.reason || null,
    actor,
    now: clock.now(),
  });
  if (!added) throw conflict(`${parsed.e164} is already on the do-not-call list.`);
  return { phone: parsed.e164 };
}

export async function removeFromDoNotCallList(phone: string, actor: AuditActor, clock: Clock): Promise<void> {
  const parsed = parsePhoneNumber(phone);
  if (!parsed.ok) throw invalid(`The phone number ${parsed.message}.`);
  const removed = await deleteDoNotCallNumber({ phone: parsed.e164, actor, now: clock.now() });
  if (!removed) throw notFound(`${parsed.e164} on the do-not-call list`);
}

/** Whether any of these numbers (E.164; nulls ignored) is listed: a call to it must never be dialed. */
export async function isDoNotCall(numbers: ReadonlyArray<string | null | undefined>): Promise<boolean> {
  const phones = numbers.filter((n): n is string => typeof n === "string" && n !== "");
  return (await findListedNumbers(phones)).length > 0;
}

/** What a person sees about a listed business they asked for (provider selection skips it). */
export const optedOutReason = "asked CallPilot not to call them";
export const listedReason = "on CallPilot's do-not-call list";

/** The listed numbers among these, each with the reason provider selection shows for it. */
export async function doNotCallReasons(
  numbers: ReadonlyArray<string | null | undefined>,
): Promise<Map<string, string>> {
  const phones = numbers.filter((n): n is string => typeof n === "string" && n !== "");
  const entries = await findListedEntries(phones);
  return new Map(entries.map((entry) => [entry.phone, entry.sourceCallId ? optedOutReason : listedReason]));
}
