// Queries for bookings: creation with its calls in one transaction, the booking lock, status transitions.
import { and, count, desc, eq, inArray, isNull, ne, type SQL } from "drizzle-orm";
import type { BookingRequest } from "@/lib/intake/booking-request";
import { sentence, type Sentence, type WrittenSentence } from "@/lib/sentences/sentence";
import { recordCallEvent } from "./call-events";
import { getDb, transaction } from "./client";
import { queueDispatchPass } from "./dispatch-jobs";
import { cancelPendingCalls } from "./pending-calls";
import { applyCharges, type UsageCharge } from "./usage-counters";
import { bookings, calls, type BookingRow, type BookingStatus } from "./schema";

export interface GeoPoint {
  label: string;
  latitude: number;
  longitude: number;
  timeZone: string;
}

export interface SkippedProvider {
  providerId: string;
  providerName: string;
  reason: string;
  /** The reason as a sentence the person's page words in their language (lib/sentences); absent on old rows. */
  reasonSentence?: Sentence;
}

export interface Booking extends Omit<BookingRow, "request" | "origin" | "skipped" | "statusReasonSentence"> {
  request: BookingRequest;
  origin: GeoPoint | null;
  skipped: SkippedProvider[];
  statusReasonSentence: Sentence | null;
}

/** A status reason's two columns: the English text, and the sentence the person's page words in its language. */
export function statusReasonColumns(reason: WrittenSentence | null) {
  return { statusReason: reason?.text ?? null, statusReasonSentence: reason?.sentence ?? null };
}

const asBooking = (row: BookingRow): Booking => row as unknown as Booking;

export interface NewCall {
  id: string;
  providerId: string;
  distanceKm: number | null;
  scheduledFor: Date | null;
}

export interface NewBooking {
  id: string;
  taskId: string | null;
  userId: string;
  mode: "auto" | "review";
  swarmSize: number;
  request: BookingRequest;
  timeZone: string;
  origin: GeoPoint | null;
  calls: NewCall[];
  /** Providers considered and not called, with the reason the person sees. */
  skipped: SkippedProvider[];
  /** Daily allowance this new booking uses; one over its limit refuses the booking (UsageLimitReached). */
  charges?: readonly UsageCharge[];
  /** A new search for a move: the booking whose appointment this one replaces once booked (issue 16). */
  replacesBookingId?: string | null;
  now: Date;
}

/**
 * Creates the booking and one queued call per chosen provider, all or nothing, with the dispatch passes that dial
 * them. A second request for the same task inserts nothing (the task's unique key) and returns the existing booking
 * with created = false, charging nothing again.
 */
export async function createBookingWithCalls(
  input: NewBooking,
): Promise<{ booking: Booking; created: boolean }> {
  return transaction(async (tx) => {
    const [inserted] = await tx
      .insert(bookings)
      .values({
        id: input.id,
        taskId: input.taskId,
        userId: input.userId,
        mode: input.mode,
        swarmSize: input.swarmSize,
        request: input.request,
        timeZone: input.timeZone,
        origin: input.origin,
        skipped: input.skipped,
        replacesBookingId: input.replacesBookingId ?? null,
        status: "processing",
        createdAt: input.now,
        updatedAt: input.now,
      })
      .onConflictDoNothing()
      .returning();
    if (!inserted) {
      const [existing] = await tx.select().from(bookings).where(eq(bookings.taskId, input.taskId!)).limit(1);
      return { booking: asBooking(existing), created: false };
    }
    // Counted in the same transaction as the booking: a refused charge leaves no booking and no calls behind.
    await applyCharges(input.charges ?? []);
    if (input.calls.length > 0) {
      await tx.insert(calls).values(
        input.calls.map((call) => ({
          id: call.id,
          bookingId: input.id,
          providerId: call.providerId,
          userId: input.userId,
          distanceKm: call.distanceKm,
          scheduledFor: call.scheduledFor,
          status: call.scheduledFor ? ("scheduled" as const) : ("queued" as const),
          createdAt: input.now,
          updatedAt: input.now,
        })),
      );
    }
    await recordCallEvent({
      bookingId: input.id,
      callId: null,
      type: "booking_created",
      payload: { calls: input.calls.length, skipped: input.skipped.length, mode: input.mode },
      at: input.now,
    });
    const dueTimes = new Set(input.calls.map((call) => call.scheduledFor?.getTime() ?? null));
    for (const at of dueTimes) await queueDispatchPass(at === null ? undefined : new Date(at));
    return { booking: asBooking(inserted), created: true };
  });
}

export async function getBooking(id: string): Promise<Booking | undefined> {
  const [row] = await getDb().select().from(bookings).where(eq(bookings.id, id)).limit(1);
  return row ? asBooking(row) : undefined;
}

/** The booking when it belongs to this person; undefined otherwise (callers answer 404 either way). */
export async function getBookingForUser(id: string, userId: string): Promise<Booking | undefined> {
  const [row] = await getDb()
    .select()
    .from(bookings)
    .where(and(eq(bookings.id, id), eq(bookings.userId, userId)))
    .limit(1);
  return row ? asBooking(row) : undefined;
}

export async function getBookingForTask(taskId: string): Promise<Booking | undefined> {
  const [row] = await getDb().select().from(bookings).where(eq(bookings.taskId, taskId)).limit(1);
  return row ? asBooking(row) : undefined;
}

export async function listBookingsForUser(userId: string, limit = 100): Promise<Booking[]> {
  const rows = await getDb()
    .select()
    .from(bookings)
    .where(eq(bookings.userId, userId))
    .orderBy(desc(bookings.createdAt))
    .limit(limit);
  return rows.map(asBooking);
}

/** The person's booked appointments other than this booking's, for clash checks. */
export async function listOtherBookedSlots(
  userId: string,
  exceptBookingId: string,
): Promise<Array<{ bookingId: string; start: Date; end: Date }>> {
  const rows = await getDb()
    .select({ bookingId: bookings.id, start: bookings.bookedSlotStart, end: bookings.bookedSlotEnd })
    .from(bookings)
    .where(and(eq(bookings.userId, userId), eq(bookings.status, "booked"), ne(bookings.id, exceptBookingId)));
  return rows.filter(
    (row): row is { bookingId: string; start: Date; end: Date } => row.start !== null && row.end !== null,
  );
}

/**
 * The booking lock: one conditional update, so of any number of concurrent callers (on any number of app
 * instances) exactly one wins. Only a booking still in `expectedStatus` and with no booked call can be taken.
 */
export async function takeBookingLock(input: {
  bookingId: string;
  expectedStatus: BookingStatus;
  callId: string;
  providerId: string;
  slot: { start: Date; end: Date };
  now: Date;
}): Promise<boolean> {
  return transaction(async (tx) => {
    const updated = await tx
      .update(bookings)
      .set({
        status: "booked",
        bookedCallId: input.callId,
        bookedProviderId: input.providerId,
        bookedSlotStart: input.slot.start,
        bookedSlotEnd: input.slot.end,
        bookedAt: input.now,
        ...statusReasonColumns(null),
        updatedAt: input.now,
      })
      .where(
        and(
          eq(bookings.id, input.bookingId),
          eq(bookings.status, input.expectedStatus),
          isNull(bookings.bookedCallId),
        ),
      )
      .returning({ id: bookings.id });
    if (updated.length !== 1) return false;
    // In the same transaction: no queued or scheduled attempt can be dialed once the booking is booked.
    await cancelPendingCalls({
      bookingId: input.bookingId,
      reason: sentence("failureBookedElsewhere"),
      now: input.now,
    });
    await recordCallEvent({
      bookingId: input.bookingId,
      callId: input.callId,
      type: "booking_booked",
      payload: {
        provider_id: input.providerId,
        slot: { start: input.slot.start.toISOString(), end: input.slot.end.toISOString() },
      },
      at: input.now,
    });
    return true;
  });
}

/**
 * Moves a booking from one of `from` to `to`; false when it was no longer in any of them (someone else moved it).
 * `also` narrows the condition and sets more columns in the same update (the appointment a cancellation is about).
 */
export async function transitionBooking(input: {
  bookingId: string;
  from: BookingStatus[];
  to: BookingStatus;
  reason: WrittenSentence | null;
  also?: { where: SQL[]; set: Partial<typeof bookings.$inferInsert> };
  now: Date;
}): Promise<boolean> {
  return transaction(async (tx) => {
    const updated = await tx
      .update(bookings)
      .set({
        ...input.also?.set,
        status: input.to,
        ...statusReasonColumns(input.reason),
        updatedAt: input.now,
      })
      .where(
        and(
          eq(bookings.id, input.bookingId),
          inArray(bookings.status, input.from),
          ...(input.also?.where ?? []),
        ),
      )
      .returning({ id: bookings.id });
    if (updated.length !== 1) return false;
    await recordCallEvent({
      bookingId: input.bookingId,
      callId: null,
      type: "booking_status",
      payload: { status: input.to, reason: input.reason?.text ?? null },
      at: input.now,
    });
    return true;
  });
}

export async function countBookingsByStatusForUser(userId: string): Promise<Record<string, number>> {
  const rows = await getDb()
    .select({ status: bookings.status, count: count() })
    .from(bookings)
    .where(eq(bookings.userId, userId))
    .groupBy(bookings.status);
  return Object.fromEntries(rows.map((row) => [row.status, row.count]));
}

/**
 * The person chose an offer: moves the booking to `confirming` and queues the confirmation call, all or nothing.
 * Returns false when the booking was no longer in one of `from` (booked meanwhile, or another choice won).
 */
export async function startConfirmation(input: {
  bookingId: string;
  from: BookingStatus[];
  call: {
    id: string;
    providerId: string;
    userId: string;
    distanceKm: number | null;
    targetSlot: { start: string; end: string };
  };
  /** Daily allowance the confirmation call uses; one over its limit starts nothing (UsageLimitReached). */
  charges?: readonly UsageCharge[];
  now: Date;
}): Promise<boolean> {
  return transaction(async (tx) => {
    const updated = await tx
      .update(bookings)
      .set({ status: "confirming", ...statusReasonColumns(null), updatedAt: input.now })
      .where(
        and(
          eq(bookings.id, input.bookingId),
          inArray(bookings.status, input.from),
          isNull(bookings.bookedCallId),
        ),
      )
      .returning({ id: bookings.id });
    if (updated.length !== 1) return false;
    await applyCharges(input.charges ?? []);
    await tx.insert(calls).values({
      id: input.call.id,
      bookingId: input.bookingId,
      providerId: input.call.providerId,
      userId: input.call.userId,
      purpose: "confirmation",
      distanceKm: input.call.distanceKm,
      targetSlot: input.call.targetSlot,
      status: "queued",
      createdAt: input.now,
      updatedAt: input.now,
    });
    // Inquiry calls not dialed yet are no longer needed once the person has chosen.
    await cancelPendingCalls({
      bookingId: input.bookingId,
      purpose: "inquiry",
      reason: sentence("failureOtherOfferChosen"),
      now: input.now,
    });
    await recordCallEvent({
      bookingId: input.bookingId,
      callId: input.call.id,
      type: "booking_status",
      payload: { status: "confirming", provider_id: input.call.providerId, slot: input.call.targetSlot },
      at: input.now,
    });
    await queueDispatchPass();
    return true;
  });
}

/**
 * A reschedule call's new slot was agreed: the booked slot moves under the booking lock — one conditional update on
 * the slot the call was about, so the old slot is given up only in the same statement that takes the new one, and
 * two moves cannot both win. The appointment_moved event (its reactions follow the calendars) is written with it.
 */
export async function moveBookedAppointment(input: {
  bookingId: string;
  callId: string;
  providerId: string;
  from: { start: Date; end: Date };
  to: { start: Date; end: Date };
  now: Date;
}): Promise<boolean> {
  return transaction(async (tx) => {
    const updated = await tx
      .update(bookings)
      .set({
        bookedCallId: input.callId,
        bookedSlotStart: input.to.start,
        bookedSlotEnd: input.to.end,
        bookedAt: input.now,
        // The day-before reminder belongs to the new date.
        reminderSentAt: null,
        updatedAt: input.now,
      })
      .where(
        and(
          eq(bookings.id, input.bookingId),
          eq(bookings.status, "booked"),
          eq(bookings.bookedProviderId, input.providerId),
          eq(bookings.bookedSlotStart, input.from.start),
        ),
      )
      .returning({ id: bookings.id });
    if (updated.length !== 1) return false;
    await recordCallEvent({
      bookingId: input.bookingId,
      callId: input.callId,
      type: "appointment_moved",
      payload: {
        provider_id: input.providerId,
        from: { start: input.from.start.toISOString(), end: input.from.end.toISOString() },
        to: { start: input.to.start.toISOString(), end: input.to.end.toISOString() },
      },
      at: input.now,
    });
    return true;
  });
}

/**
 * The business confirmed the cancellation (the appointment_canceled event's reaction): the booking is cancelled and
 * says when. Idempotent: false when it was already marked.
 */
export async function markAppointmentCanceled(input: {
  bookingId: string;
  slotStart: Date;
  reason: WrittenSentence;
  now: Date;
}): Promise<boolean> {
  return transitionBooking({
    bookingId: input.bookingId,
    from: ["booked"],
    to: "canceled",
    reason: input.reason,
    also: {
      where: [eq(bookings.bookedSlotStart, input.slotStart), isNull(bookings.appointmentCanceledAt)],
      set: { appointmentCanceledAt: input.now },
    },
    now: input.now,
  });
}

/** The new search started to replace this booking's appointment (issue 16), the latest one; undefined when none. */
export async function getReplacingBooking(bookingId: string): Promise<Booking | undefined> {
  const [row] = await getDb()
    .select()
    .from(bookings)
    .where(eq(bookings.replacesBookingId, bookingId))
    .orderBy(desc(bookings.createdAt))
    .limit(1);
  return row ? asBooking(row) : undefined;
}
