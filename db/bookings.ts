// Queries for bookings: creation with its calls in one transaction, the booking lock, status transitions.
import { and, desc, eq, inArray, isNull, ne, sql } from "drizzle-orm";
import type { BookingRequest } from "@/lib/intake/booking-request";
import { getDb, type DbOrTx, writeTransaction } from "./client";
import { insertCallEvent, notifyBookingChanged } from "./call-events";
import { cancelPendingCallsInTx } from "./pending-calls";
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
}

export interface Booking extends Omit<BookingRow, "request" | "origin" | "skipped"> {
  request: BookingRequest;
  origin: GeoPoint | null;
  skipped: SkippedProvider[];
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
  now: Date;
}

/**
 * Creates the booking and one queued call per chosen provider, all or nothing. A second request for the same
 * task inserts nothing (the task's unique key) and returns the existing booking with created = false, charging
 * nothing again.
 */
export async function createBookingWithCalls(
  input: NewBooking,
): Promise<{ booking: Booking; created: boolean }> {
  const result = writeTransaction((tx) => {
    const [inserted] = tx
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
        status: "processing",
        createdAt: input.now,
        updatedAt: input.now,
      })
      .onConflictDoNothing()
      .returning()
      .all();
    if (!inserted) {
      const existing = tx.select().from(bookings).where(eq(bookings.taskId, input.taskId!)).get();
      return { booking: existing!, created: false };
    }
    // Counted in the same transaction as the booking: a refused charge leaves no booking and no calls behind.
    applyCharges(tx, input.charges ?? []);
    if (input.calls.length > 0) {
      tx.insert(calls)
        .values(
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
        )
        .run();
    }
    insertCallEvent(tx, {
      bookingId: input.id,
      callId: null,
      type: "booking_created",
      payload: { calls: input.calls.length, skipped: input.skipped.length, mode: input.mode },
      at: input.now,
    });
    return { booking: inserted, created: true };
  });
  if (result.created) notifyBookingChanged(result.booking.id);
  return { booking: asBooking(result.booking), created: result.created };
}

export async function getBooking(id: string, db: DbOrTx = getDb()): Promise<Booking | undefined> {
  const row = db.select().from(bookings).where(eq(bookings.id, id)).get();
  return row ? asBooking(row) : undefined;
}

/** The booking when it belongs to this person; undefined otherwise (callers answer 404 either way). */
export async function getBookingForUser(id: string, userId: string): Promise<Booking | undefined> {
  const row = getDb()
    .select()
    .from(bookings)
    .where(and(eq(bookings.id, id), eq(bookings.userId, userId)))
    .get();
  return row ? asBooking(row) : undefined;
}

export async function getBookingForTask(taskId: string): Promise<Booking | undefined> {
  const row = getDb().select().from(bookings).where(eq(bookings.taskId, taskId)).get();
  return row ? asBooking(row) : undefined;
}

export async function listBookingsForUser(userId: string, limit = 100): Promise<Booking[]> {
  return getDb()
    .select()
    .from(bookings)
    .where(eq(bookings.userId, userId))
    .orderBy(desc(bookings.createdAt))
    .limit(limit)
    .all()
    .map(asBooking);
}

/** The person's booked appointments other than this booking's, for clash checks. */
export async function listOtherBookedSlots(
  userId: string,
  exceptBookingId: string,
): Promise<Array<{ bookingId: string; start: Date; end: Date }>> {
  return getDb()
    .select({ bookingId: bookings.id, start: bookings.bookedSlotStart, end: bookings.bookedSlotEnd })
    .from(bookings)
    .where(and(eq(bookings.userId, userId), eq(bookings.status, "booked"), ne(bookings.id, exceptBookingId)))
    .all()
    .filter(
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
  const won = writeTransaction((tx) => {
    const updated = tx
      .update(bookings)
      .set({
        status: "booked",
        bookedCallId: input.callId,
        bookedProviderId: input.providerId,
        bookedSlotStart: input.slot.start,
        bookedSlotEnd: input.slot.end,
        bookedAt: input.now,
        statusReason: null,
        updatedAt: input.now,
      })
      .where(
        and(
          eq(bookings.id, input.bookingId),
          eq(bookings.status, input.expectedStatus),
          isNull(bookings.bookedCallId),
        ),
      )
      .run();
    if (updated.changes !== 1) return false;
    // In the same transaction: no queued or scheduled attempt can be dialed once the booking is booked.
    cancelPendingCallsInTx(tx, {
      bookingId: input.bookingId,
      reason: "Another provider booked the appointment first.",
      now: input.now,
    });
    insertCallEvent(tx, {
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
  if (won) notifyBookingChanged(input.bookingId);
  return won;
}

/** Moves a booking from one of `from` to `to`; false when it was no longer in any of them (someone else moved it). */
export async function transitionBooking(input: {
  bookingId: string;
  from: BookingStatus[];
  to: BookingStatus;
  reason: string | null;
  now: Date;
  event?: { type: string; payload: Record<string, unknown>; callId?: string | null };
}): Promise<boolean> {
  const moved = writeTransaction((tx) => {
    const updated = tx
      .update(bookings)
      .set({ status: input.to, statusReason: input.reason, updatedAt: input.now })
      .where(and(eq(bookings.id, input.bookingId), inArray(bookings.status, input.from)))
      .run();
    if (updated.changes !== 1) return false;
    insertCallEvent(tx, {
      bookingId: input.bookingId,
      callId: input.event?.callId ?? null,
      type: input.event?.type ?? "booking_status",
      payload: { status: input.to, reason: input.reason, ...input.event?.payload },
      at: input.now,
    });
    return true;
  });
  if (moved) notifyBookingChanged(input.bookingId);
  return moved;
}

export async function countBookingsByStatusForUser(userId: string): Promise<Record<string, number>> {
  const rows = getDb()
    .select({ status: bookings.status, count: sql<number>`count(*)` })
    .from(bookings)
    .where(eq(bookings.userId, userId))
    .groupBy(bookings.status)
    .all();
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
  now: Date;
}): Promise<boolean> {
  const started = writeTransaction((tx) => {
    const updated = tx
      .update(bookings)
      .set({ status: "confirming", statusReason: null, updatedAt: input.now })
      .where(
        and(
          eq(bookings.id, input.bookingId),
          inArray(bookings.status, input.from),
          isNull(bookings.bookedCallId),
        ),
      )
      .run();
    if (updated.changes !== 1) return false;
    tx.insert(calls)
      .values({
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
      })
      .run();
    // Inquiry calls not dialed yet are no longer needed once the person has chosen.
    tx.update(calls)
      .set({
        status: "canceled",
        failureReason: "The client chose another offer.",
        endedAt: input.now,
        updatedAt: input.now,
      })
      .where(
        and(
          eq(calls.bookingId, input.bookingId),
          eq(calls.purpose, "inquiry"),
          inArray(calls.status, ["queued", "scheduled"]),
        ),
      )
      .run();
    insertCallEvent(tx, {
      bookingId: input.bookingId,
      callId: input.call.id,
      type: "booking_status",
      payload: { status: "confirming", provider_id: input.call.providerId, slot: input.call.targetSlot },
      at: input.now,
    });
    return true;
  });
  if (started) notifyBookingChanged(input.bookingId);
  return started;
}

/** Bookings waiting on calls where no call is queued, dialing or in progress any more. */
export async function listProcessingBookingsWithoutLiveCalls(): Promise<string[]> {
  const rows = getDb().all<{ id: string }>(sql`
    select b.id from ${bookings} b
    where b.status in ('processing', 'confirming')
      and not exists (
        select 1 from ${calls} c
        where c.booking_id = b.id and c.status in ('queued', 'dialing', 'in_progress')
      )`);
  return rows.map((row) => row.id);
}
