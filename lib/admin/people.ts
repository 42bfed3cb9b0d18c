// The admin's view of people: a searchable list with today's usage, one person's standing (verification, consent,
// allowance), and changing their daily limits (audited).
import { z } from "zod";
import { getPerson, listPeople, peopleUsageOn } from "@/db/admin-people";
import { setPersonLimitOverrides } from "@/db/person-limits";
import type { Clock } from "@/lib/clock";
import { notFound } from "@/lib/errors";
import { consentStatus, type ConsentStatus } from "@/lib/guardrails/consent";
import { utcDay } from "@/lib/guardrails/day";
import { allowanceFor, type Allowance } from "@/lib/guardrails/limits";
import type { AuditActor } from "./audit-actions";
import { listPage } from "./list-page";

export const peoplePageSize = 50;

export const peopleFilterSchema = z
  .object({
    search: z.string().trim().max(200).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
  })
  .strict();
export type PeopleFilter = z.infer<typeof peopleFilterSchema>;

const limitValue = (max: number) =>
  z
    .number()
    .int("expected a whole number")
    .min(0, "expected 0 or more")
    .max(max, `expected at most ${max}`)
    .nullable()
    .describe("The person's own limit; null to use the configured default.");

export const personLimitsInputSchema = z
  .object({
    bookings_per_day: limitValue(100_000),
    calls_per_day: limitValue(1_000_000),
    llm_tokens_per_day: limitValue(1_000_000_000),
  })
  .strict();
export type PersonLimitsInput = z.infer<typeof personLimitsInputSchema>;

export async function loadPeoplePage(filter: PeopleFilter, clock: Clock) {
  const { people, total } = await listPeople(
    { search: filter.search || undefined },
    { limit: peoplePageSize, offset: (filter.page - 1) * peoplePageSize },
  );
  const usage = await peopleUsageOn(
    people.map((person) => person.id),
    utcDay(clock.now()),
  );
  return {
    people: people.map((person) => ({
      id: person.id,
      email: person.email,
      name: person.name,
      email_verified: person.emailVerified,
      role: person.role ?? "user",
      created_at: person.createdAt.toISOString(),
      today: usage.get(person.id)!,
    })),
    ...listPage(filter.page, total, peoplePageSize),
  };
}

export interface PersonDetail {
  id: string;
  email: string;
  name: string;
  email_verified: boolean;
  is_anonymous: boolean;
  role: string;
  created_at: string;
  consent: ConsentStatus;
  allowance: Allowance;
}

export async function loadPersonDetail(userId: string, clock: Clock): Promise<PersonDetail> {
  const person = await getPerson(userId);
  if (!person) throw notFound("The person");
  const [consent, allowance] = await Promise.all([consentStatus(userId), allowanceFor(userId, clock)]);
  return {
    id: person.id,
    email: person.email,
    name: person.name,
    email_verified: person.emailVerified && !person.isAnonymous,
    is_anonymous: person.isAnonymous,
    role: person.role ?? "user",
    created_at: person.createdAt.toISOString(),
    consent,
    allowance,
  };
}

/** Sets the person's own daily limits (null: back to the default), with the change in the audit log. */
export async function changePersonLimits(
  userId: string,
  input: PersonLimitsInput,
  actor: AuditActor,
  clock: Clock,
): Promise<PersonDetail> {
  if (!(await getPerson(userId))) throw notFound("The person");
  await setPersonLimitOverrides({
    userId,
    overrides: {
      bookingsPerDay: input.bookings_per_day,
      callsPerDay: input.calls_per_day,
      llmTokensPerDay: input.llm_tokens_per_day,
    },
    actor,
    now: clock.now(),
  });
  return loadPersonDetail(userId, clock);
}
