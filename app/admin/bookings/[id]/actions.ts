"use server";
// The admin's actions on one booking, the twins of POST /api/admin/calls/{id}/retry,
// /api/admin/bookings/{id}/cancel-pending-calls and /resolve: the same lib/ functions, the same audit entries. Their
// answer is in the language of the page that asked.
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
import { actionTranslator } from "@/i18n/server-translator";
import { getRuntime } from "@/lib/runtime";

const id = z.string().trim().min(1).max(200);

/** Queues a new attempt of a failed or unanswered call now. */
export const retryCallAction = adminAction(
  z.object({ call_id: id }),
  async ({ call_id }, { caller, request }) => {
    const { call } = await retryCall(call_id, actorOf(caller), getRuntime().clock);
    revalidatePath(`/admin/bookings/${call.bookingId}`);
    const t = await actionTranslator(request, "adminBookings");
    return withMessage({ call_id: call.id }, t("actionResults.retryQueued"));
  },
);

/** Cancels the booking's calls that are queued or scheduled and not dialed yet. */
export const cancelPendingCallsAction = adminAction(
  z.object({ booking_id: id }),
  async ({ booking_id }, { caller, request }) => {
    const { canceledCallIds } = await cancelBookingPendingCalls(
      booking_id,
      actorOf(caller),
      getRuntime().clock,
    );
    revalidatePath(`/admin/bookings/${booking_id}`);
    const t = await actionTranslator(request, "adminBookings");
    return withMessage(
      { canceled_call_ids: canceledCallIds },
      t("actionResults.pendingCanceled", { count: canceledCallIds.length }),
    );
  },
);

/** Marks the booking resolved with a note (or rewrites the note). */
export const resolveBookingAction = adminAction(
  resolveBookingSchema.extend({ booking_id: id }),
  async ({ booking_id, note }, { caller, request }) => {
    await resolveBooking(booking_id, note, actorOf(caller), getRuntime().clock);
    revalidatePath(`/admin/bookings/${booking_id}`);
    const t = await actionTranslator(request, "adminBookings");
    return withMessage(null, t("actionResults.markedResolved"));
  },
);
