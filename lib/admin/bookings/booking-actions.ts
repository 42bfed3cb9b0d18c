// The admin's actions on a booking, each recorded in the audit log: retry a failed or unanswered call, cancel the
// booking's pending calls, mark the booking resolved with a note.
import { z } from "zod";
import { cancelPendingCallsAsAdmin, upsertBookingResolution } from "@/db/admin-booking-actions";
import { insertAdminRetry } from "@/db/admin-call-retry";
import { getBooking } from "@/db/bookings";
import { getCall, listCallsForBooking, type Call } from "@/db/calls";
import { getProvider } from "@/db/providers";
import type { BookingResolutionRow } from "@/db/schema";
import type { AuditActor } from "@/lib/admin/audit-actions";
import { settleBooking } from "@/lib/booking/settle-booking";
import type { Clock } from "@/lib/clock";
import { isDoNotCall } from "@/lib/do-not-call/do-not-call-list";
import { conflict, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { logger } from "@/lib/logger";
import { sentence } from "@/lib/sentences/sentence";
import { retryCandidateOf, retryEligibility, type RetryCandidate } from "./retry-eligibility";

/** Everything the retry rule needs to know about one call, read from the database. */
async function loadRetryCandidate(call: Call): Promise<RetryCandidate | null> {
  const [booking, provider, bookingCalls] = await Promise.all([
    getBooking(call.bookingId),
    getProvider(call.providerId),
    listCallsForBooking(call.bookingId),
  ]);
  if (!booking) return null;
  // A retry would be a call for the booking's person: their pending opt-outs count as well.
  const onDoNotCallList = provider?.phone ? await isDoNotCall([provider.phone], booking.userId) : false;
  return retryCandidateOf({ call, booking, bookingCalls, provider, onDoNotCallList });
}

/** Queues a new attempt of the call (attempt + 1) now; its transaction also queues a dispatch pass for it. */
export async function retryCall(
  callId: string,
  actor: AuditActor,
  clock: Clock,
): Promise<{ call: Call; replacedCallIds: string[] }> {
  const call = await getCall(callId);
  if (!call) throw notFound("The call");
  const candidate = await loadRetryCandidate(call);
  if (!candidate) throw notFound("The call's booking");
  const eligibility = retryEligibility(candidate);
  if (!eligibility.allowed) throw conflict(eligibility.reason);
  const result = await insertAdminRetry({
    retriedCall: call,
    newCallId: newId("call"),
    bookingFrom: eligibility.bookingFrom,
    bookingTo: eligibility.bookingTo,
    actor,
    now: clock.now(),
  });
  if (!result.ok) {
    throw conflict(
      result.reason === "already_retried"
        ? "This call was already tried again; retry its latest attempt instead."
        : "The booking changed while the retry was being queued; reload the page and try again.",
    );
  }
  logger.info("admin retried a call", {
    callId,
    newCallId: result.call.id,
    bookingId: call.bookingId,
    adminId: actor.userId,
  });
  return { call: result.call, replacedCallIds: result.replacedCallIds };
}

export const adminCancelReason = sentence("failureCanceledByAdmin");

/** Cancels the calls of the booking that have not been dialed; the booking then settles on what it has. */
export async function cancelBookingPendingCalls(
  bookingId: string,
  actor: AuditActor,
  clock: Clock,
): Promise<{ canceledCallIds: string[] }> {
  const booking = await getBooking(bookingId);
  if (!booking) throw notFound("The booking");
  const canceled = await cancelPendingCallsAsAdmin({
    bookingId,
    reason: adminCancelReason,
    actor,
    now: clock.now(),
  });
  if (canceled.length === 0) throw conflict("This booking has no calls waiting to be dialed.");
  await settleBooking(bookingId, clock);
  return { canceledCallIds: canceled };
}

export const resolveBookingSchema = z
  .object({ note: z.string().trim().min(1, "write a note saying how it was resolved").max(2000) })
  .strict();

/** Marks the booking resolved (or rewrites the note). Admin-only: the person's booking page never shows it. */
export async function resolveBooking(
  bookingId: string,
  note: string,
  actor: AuditActor,
  clock: Clock,
): Promise<BookingResolutionRow> {
  const booking = await getBooking(bookingId);
  if (!booking) throw notFound("The booking");
  return upsertBookingResolution({ bookingId, note, actor, now: clock.now() });
}
