// The agent's calendar safety during a call: check_availability and request_booking. Every dialer calls these
// same two functions (the simulation directly, ElevenLabs through its server tools, Twilio from the TwiML route),
// so the booking lock holds across all of them.
import { moveBookedAppointment, takeBookingLock, getBooking, type Booking } from "@/db/bookings";
import { getCall, recordOfferedSlot, type Call } from "@/db/calls";
import { getProvider } from "@/db/providers";
import type { Clock } from "@/lib/clock";
import { notFound } from "@/lib/errors";
import { busyIntervalsForBooking } from "@/lib/calendar/busy-times";
import { describeSlot } from "@/lib/calls/call-brief";
import { providerLanguage, type CallLanguage } from "@/lib/providers/provider-language";
import { describeHoldUntil } from "./hold-time";
import { requestHold } from "./holds";
import { requestWithWindow } from "./move-window";
import { appointmentMinutes, slotFrom, type Slot } from "./slot";
import { evaluateSlot, type BusyInterval } from "./slot-fit";

export type ToolCode =
  "available" | "unavailable" | "approved" | "declined" | "hold_requested" | "booking_closed" | "call_ended";

export interface ToolAnswer {
  code: ToolCode;
  /** A short plain sentence the agent can say or act on. */
  say: string;
  slot: Slot | null;
  /** hold_requested: until when the business is asked to hold the slot, as said on the phone in its language... */
  holdUntilText?: string;
  /** ...and the instant itself (ISO), for the summary each reader's language words. */
  heldUntil?: string;
}

interface CallContext {
  call: Call;
  booking: Booking;
  timeZone: string;
  /** The language the call is made in (the business's). */
  language: CallLanguage;
}

async function loadCallContext(callId: string): Promise<CallContext> {
  const call = await getCall(callId);
  if (!call) throw notFound("The call");
  const booking = await getBooking(call.bookingId);
  if (!booking) throw notFound("The booking");
  const provider = await getProvider(call.providerId);
  return {
    call,
    booking,
    timeZone: provider?.timeZone ?? booking.timeZone,
    language: provider ? providerLanguage(provider) : "en",
  };
}

const appointmentChanged: ToolAnswer = {
  code: "booking_closed",
  say: "The client's appointment has changed since this call started. Apologise, say the client will be in touch, and end the call without changing anything.",
  slot: null,
};

/** Whether this call may still try to book anything; a sentence to close the call politely otherwise. */
function closedReason(context: CallContext): ToolAnswer | null {
  const { call, booking } = context;
  if (call.status !== "in_progress" && call.status !== "dialing") {
    return { code: "call_ended", say: "This call has already ended.", slot: null };
  }
  if (call.purpose === "reschedule" || call.purpose === "cancellation") {
    // A call about the booked appointment: open while the appointment is still the one the call is about.
    const current =
      booking.status === "booked" &&
      booking.bookedSlotStart !== null &&
      call.targetSlot !== null &&
      booking.bookedSlotStart.getTime() === Date.parse(call.targetSlot.start);
    if (current || booking.bookedCallId === call.id) return null;
    return appointmentChanged;
  }
  if (booking.status === "booked" && booking.bookedCallId !== call.id) {
    return {
      code: "booking_closed",
      say: "The client has already booked another appointment. Thank them, say you will not need a slot after all, and end the call without booking.",
      slot: null,
    };
  }
  if (booking.status === "canceled") {
    return {
      code: "booking_closed",
      say: "The client has cancelled this request. Apologise, say no appointment is needed, and end the call.",
      slot: null,
    };
  }
  return null;
}

/** The person's other appointments and calendar busy times around the offered slot (lib/calendar/busy-times.ts). */
async function busyIntervals(booking: Booking, slot: Slot, clock: Clock): Promise<BusyInterval[]> {
  return busyIntervalsForBooking(booking, [{ start: new Date(slot.start), end: new Date(slot.end) }], clock);
}

function toSlot(context: CallContext, start: Date): Slot {
  return slotFrom(start, appointmentMinutes(context.booking.request.service_type!));
}

/**
 * check_availability: does this slot work for the client? Records the slot as offered, with the verdict, even
 * when the booking has closed meanwhile, so the person still sees every offer a business made.
 */
export async function checkAvailability(
  input: { callId: string; start: Date },
  clock: Clock,
): Promise<ToolAnswer> {
  return judgeOffer(await loadCallContext(input.callId), input.start, clock);
}

async function judgeOffer(context: CallContext, start: Date, clock: Clock): Promise<ToolAnswer> {
  const closed = closedReason(context);
  if (closed?.code === "call_ended") return closed;
  const slot = toSlot(context, start);
  const { call, booking } = context;
  const verdict = evaluateSlot({
    slot: { start: new Date(slot.start), end: new Date(slot.end) },
    // A move is judged against the person's new window, not the one the appointment was first booked in.
    request:
      call.purpose === "reschedule" && call.requestedWindow
        ? requestWithWindow(booking.request, call.requestedWindow)
        : booking.request,
    timeZone: context.booking.timeZone,
    busy: await busyIntervals(context.booking, slot, clock),
    now: clock.now(),
  });
  await recordOfferedSlot(
    context.call.id,
    { ...slot, fits: verdict.fits, reason: verdict.reason, reason_sentence: verdict.reasonSentence },
    clock.now(),
  );
  if (closed) return closed;
  const when = describeSlot(slot, context.timeZone);
  if (!verdict.fits) {
    return {
      code: "unavailable",
      say: `${when} does not work: ${verdict.reason} Ask for the earliest alternative inside the client's availability.`,
      slot,
    };
  }
  return { code: "available", say: `${when} works for the client. You may ask to book it.`, slot };
}

/**
 * request_booking: may the agent book this slot now? In auto mode the first acceptable slot takes the booking's
 * lock and every other call is told not to book; in review mode nothing is booked until the person chooses, and
 * a confirmation call may book only the slot the person chose.
 */
export async function requestBooking(
  input: { callId: string; start: Date },
  clock: Clock,
): Promise<ToolAnswer> {
  const context = await loadCallContext(input.callId);
  const closed = closedReason(context);
  if (closed) return closed;
  const { call, booking } = context;
  const slot = toSlot(context, input.start);
  const when = describeSlot(slot, context.timeZone);
  if (booking.bookedCallId === call.id) {
    return { code: "approved", say: `This booking is already confirmed for ${when}.`, slot };
  }

  const check = await judgeOffer(context, input.start, clock);
  if (check.code !== "available") return check;

  if (call.purpose === "inquiry" && booking.mode === "review") {
    const hold = await requestHold(call, slot, clock);
    // The agent's instruction is English (it speaks the business's language anyway); the scripts say the time.
    const until = describeHoldUntil(hold.heldUntil, context.timeZone, clock.now());
    return {
      code: "hold_requested",
      say: `Do not book yet. Ask them to hold ${when} for the client until ${until}; the client will choose by then and call back to confirm.`,
      slot,
      holdUntilText: describeHoldUntil(hold.heldUntil, context.timeZone, clock.now(), context.language),
      heldUntil: hold.heldUntil.toISOString(),
    };
  }
  if (
    call.purpose === "confirmation" &&
    call.targetSlot &&
    Date.parse(call.targetSlot.start) !== Date.parse(slot.start)
  ) {
    return {
      code: "declined",
      say: `Do not book that. The client chose ${describeSlot(call.targetSlot, context.timeZone)}; if that is no longer free, say the client will call back.`,
      slot,
    };
  }

  if (call.purpose === "cancellation") {
    return {
      code: "declined",
      say: "Do not book anything: this call only cancels the client's appointment.",
      slot,
    };
  }
  if (call.purpose === "reschedule") return moveAppointment(context, slot, when, clock);

  const expectedStatus = call.purpose === "confirmation" ? "confirming" : "processing";
  const won = await takeBookingLock({
    bookingId: booking.id,
    expectedStatus,
    callId: call.id,
    providerId: call.providerId,
    slot: { start: new Date(slot.start), end: new Date(slot.end) },
    now: clock.now(),
  });
  if (!won) {
    return {
      code: "booking_closed",
      say: "The client has already booked another appointment. Thank them, say you will not need a slot after all, and end the call without booking.",
      slot: null,
    };
  }
  // The lock cancelled the calls not dialed yet; calls already talking learn it at their next tool request. The
  // Google Calendar entry follows from the booking_booked event (lib/call-event-reactions.ts).
  return {
    code: "approved",
    say: `Approved. Please book ${when} for ${booking.request.client_name ?? "the client"} and confirm it with them.`,
    slot,
  };
}

/** request_booking on a reschedule call: the booked slot moves to this one under the booking lock. */
async function moveAppointment(
  context: CallContext,
  slot: Slot,
  when: string,
  clock: Clock,
): Promise<ToolAnswer> {
  const { call, booking } = context;
  const moved = await moveBookedAppointment({
    bookingId: booking.id,
    callId: call.id,
    providerId: call.providerId,
    from: { start: new Date(call.targetSlot!.start), end: new Date(call.targetSlot!.end) },
    to: { start: new Date(slot.start), end: new Date(slot.end) },
    now: clock.now(),
  });
  if (!moved) {
    return appointmentChanged;
  }
  return {
    code: "approved",
    say: `Approved. Please move ${booking.request.client_name ?? "the client"}'s appointment from ${describeSlot(call.targetSlot!, context.timeZone)} to ${when} and confirm it with them.`,
    slot,
  };
}
