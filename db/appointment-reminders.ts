// Queries for the day-before reminder email: the booked appointments that may need one, the claim that makes it go
// out once (one conditional update, so two instances never both send), and the reset when the slot moves.
import { and, eq, gt, isNull, lte, or } from "drizzle-orm";
import { getDb } from "./client";
import { bookings, personProfiles, providers, user } from "./schema";

export interface ReminderCandidate {
  bookingId: string;
  userId: string;
  email: string;
  slotStart: Date;
  /** The business's zone: the appointment's local time is read in it. */
  timeZone: string;
}

/**
 * Booked appointments starting in (`after`, `until`] whose reminder has not gone out, of people with a verified
 * email who have not turned reminders off (no profile row means the default: on).
 */
export async function listReminderCandidates(input: {
  after: Date;
  until: Date;
}): Promise<ReminderCandidate[]> {
  return getDb()
    .select({
      bookingId: bookings.id,
      userId: bookings.userId,
      email: user.email,
      slotStart: bookings.bookedSlotStart,
      timeZone: providers.timeZone,
    })
    .from(bookings)
    .innerJoin(user, eq(user.id, bookings.userId))
    .innerJoin(providers, eq(providers.id, bookings.bookedProviderId))
    .leftJoin(personProfiles, eq(personProfiles.userId, bookings.userId))
    .where(
      and(
        eq(bookings.status, "booked"),
        isNull(bookings.reminderSentAt),
        gt(bookings.bookedSlotStart, input.after),
        lte(bookings.bookedSlotStart, input.until),
        eq(user.emailVerified, true),
        or(isNull(personProfiles.userId), eq(personProfiles.appointmentReminders, true)),
      ),
    ) as Promise<ReminderCandidate[]>;
}

/**
 * Takes the right to send this booking's reminder: true for exactly one caller, and only while the booking is still
 * booked for the same start (a cancellation or a move in between makes the claim fail).
 */
export async function claimReminder(input: {
  bookingId: string;
  slotStart: Date;
  now: Date;
}): Promise<boolean> {
  const claimed = await getDb()
    .update(bookings)
    .set({ reminderSentAt: input.now })
    .where(
      and(
        eq(bookings.id, input.bookingId),
        eq(bookings.status, "booked"),
        eq(bookings.bookedSlotStart, input.slotStart),
        isNull(bookings.reminderSentAt),
      ),
    )
    .returning({ id: bookings.id });
  return claimed.length === 1;
}

/** Gives back a claim whose email could not be sent, so a later pass tries again. */
export async function releaseReminderClaim(input: { bookingId: string; claimedAt: Date }): Promise<void> {
  await getDb()
    .update(bookings)
    .set({ reminderSentAt: null })
    .where(and(eq(bookings.id, input.bookingId), eq(bookings.reminderSentAt, input.claimedAt)));
}

/**
 * The appointment moved (or was booked again): its reminder is due afresh for the new time. Call it in the same
 * transaction that changes the booked slot.
 */
export async function resetReminder(bookingId: string): Promise<void> {
  await getDb().update(bookings).set({ reminderSentAt: null }).where(eq(bookings.id, bookingId));
}
