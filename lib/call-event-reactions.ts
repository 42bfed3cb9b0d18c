// What CallPilot does in reaction to the events of a booking's log: one map of reactive event type to its reactions,
// run by the callEventReactions job that writing the event queued in the same transaction (db/call-events.ts). A job
// runs at least once, possibly twice (a retry after a failure, an instance that died mid-run), so every reaction is
// idempotent: each one checks the state it would change before changing it.
import { getCallEvent, type CallEvent } from "@/db/call-events";
import { getCall } from "@/db/calls";
import { queueDispatchPass } from "@/db/dispatch-jobs";
import { releaseUnneededHolds, settleHoldsAfterCall } from "@/lib/booking/holds";
import { settleBooking } from "@/lib/booking/settle-booking";
import { afterAppointmentCanceled, afterAppointmentMoved } from "@/lib/booking/appointment-changed";
import { cancelReplacedAppointment } from "@/lib/booking/replacement-search";
import { addAppointmentToGoogleCalendar } from "@/lib/calendar/google/google-export";
import type { ReactiveCallEventType } from "@/lib/calls/call-event";
import type { Dialer } from "@/lib/calls/dialer";
import { retryAfterCallEnded } from "@/lib/calls/retry-after-call";
import type { Clock } from "@/lib/clock";
import type { AppConfig } from "@/lib/config";
import { logger } from "@/lib/logger";
import { z } from "zod";

export interface ReactionDeps {
  clock: Clock;
  config: AppConfig;
  dialer: Dialer;
}

type Reaction = (event: CallEvent, deps: ReactionDeps) => Promise<void>;

export const callEventReactions: Record<ReactiveCallEventType, Reaction[]> = {
  call_ended: [
    // In this order: a retry is queued while the booking still counts as looking, then the holds the call asked
    // for are settled, then the booking takes its new state from all of that.
    async (event, deps) => retryAfterCallEnded(event.callId!, deps),
    async (event, deps) => {
      const call = await getCall(event.callId!);
      if (call) await settleHoldsAfterCall(call, deps.clock);
    },
    async (event, deps) => settleBooking(event.bookingId, deps.clock),
    // A place under the concurrency cap just freed up for a call that waits for one.
    async () => queueDispatchPass(),
  ],
  booking_booked: [
    async (event, deps) => {
      const result = await addAppointmentToGoogleCalendar(event.bookingId, deps.clock);
      if (result === "created")
        logger.info("booked appointment added to Google Calendar", { bookingId: event.bookingId });
    },
    async (event, deps) => void (await releaseUnneededHolds(event.bookingId, deps.clock)),
    // A new search for a move booked: only now is the appointment it replaces cancelled (issue 16).
    async (event, deps) => cancelReplacedAppointment(event.bookingId, deps.clock),
  ],
  // The business agreed on the phone: the booking and both calendars follow, each step idempotent, so a crash
  // between the agreement and the calendar update heals when this job runs again.
  appointment_canceled: [async (event, deps) => afterAppointmentCanceled(event, deps.clock)],
  appointment_moved: [async (event, deps) => afterAppointmentMoved(event, deps.clock)],
  booking_status: [
    async (event, deps) => {
      if (event.type === "booking_status" && event.payload.status === "canceled") {
        await releaseUnneededHolds(event.bookingId, deps.clock);
      }
    },
  ],
};

export const callEventReactionJob = z.object({ bookingId: z.string(), seq: z.number().int() });

/** The callEventReactions job: every reaction to the event, in order. */
export async function reactToCallEvent(data: unknown, deps: ReactionDeps): Promise<void> {
  const { bookingId, seq } = callEventReactionJob.parse(data);
  const event = await getCallEvent(bookingId, seq);
  if (!event) return;
  const reactions = callEventReactions[event.type as ReactiveCallEventType] ?? [];
  for (const react of reactions) await react(event, deps);
}
