"use server";
// The admin's actions on one booking, the twins of POST /api/admin/calls/{id}/retry,
// /api/admin/bookings/{id}/cancel-pending-calls and /resolve: the same lib/ functions, the same audit entries.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actorOf } from "@/lib/admin/audit-actions";
import {
  cancelBookingPendingCalls,
  resolveBooking,
  resolveBookingSchema,
  retryCall,
} from "@/lib/admin/bookings/booking-actions";
import { adminAction, withMessage } from "@/lib/actions/server-action";
import { getRuntime } from "@/lib/runtime";

const id = z.string().trim().min(1).max(200);

/** Queues a new attempt of a failed or unanswered call now. */
export const retryCallAction = adminAction(z.object({ call_id: id }), async ({ call_id }, { caller }) => {
  const { call } = await retryCall(call_id, actorOf(caller), getRuntime().clock);
  revalidatePath(`/admin/bookings/${call.bookingId}`);
  return withMessage({ call_id: call.id }, "A new attempt is queued.");
});

/** Cancels the booking's calls that are queued or scheduled and not dialed yet. */
export const cancelPendingCallsAction = adminAction(
  z.object({ booking_id: id }),
  async ({ booking_id }, { caller }) => {
    const { canceledCallIds } = await cancelBookingPendingCalls(
      booking_id,
      actorOf(caller),
      getRuntime().clock,
    );
    revalidatePath(`/admin/bookings/${booking_id}`);
    return withMessage(
      { canceled_call_ids: canceledCallIds },
      `Canceled ${canceledCallIds.length} pending call(s).`,
    );
  },
);

/** Marks the booking resolved with a note (or rewrites the note). */
export const resolveBookingAction = adminAction(
  resolveBookingSchema.extend({ booking_id: id }),
  async ({ booking_id, note }, { caller }) => {
    await resolveBooking(booking_id, note, actorOf(caller), getRuntime().clock);
    revalidatePath(`/admin/bookings/${booking_id}`);
    return withMessage(null, "Marked resolved.");
  },
);
