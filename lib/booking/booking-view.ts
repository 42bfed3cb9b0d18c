// What a person sees of a booking (GET /api/booking/{id}, the live page): its state, the booked appointment, and
// one ranked result per called provider with its offers and score breakdown.
import { getBookingForUser, type Booking } from "@/db/bookings";
import { listCallsForBooking, type Call } from "@/db/calls";
import { getProvidersByIds, type Provider } from "@/db/providers";
import { listHoldsForBooking, type SlotHold } from "@/db/slot-holds";
import { terminalCallStatuses, type BookingStatus, type CallStatus } from "@/db/schema";
import { getConfig } from "@/lib/config";
import { notFound } from "@/lib/errors";
import type { BookingRequest } from "@/lib/intake/booking-request";
import { attemptLabel } from "@/lib/calls/attempt-label";
import { describeSlot } from "@/lib/calls/call-brief";
import type { HandoverOutcome } from "@/lib/calls/call-outcome";
import type { Sentence } from "@/lib/sentences/sentence-schema";
import { sentence } from "@/lib/sentences/sentence";
import { getRuntime } from "@/lib/runtime";
import { questionsForBooking, type QuestionView } from "@/lib/calls/questions/question-view";
import { appointmentChangeView, type AppointmentChangeView } from "./appointment-change-view";
import { bestOffer, type ScoreBreakdown } from "./ranking";
import type { OfferedSlot, Slot } from "./slot";

export interface ProviderResult {
  provider_id: string;
  provider_name: string;
  address: string;
  phone: string | null;
  rating: number | null;
  distance_km: number | null;
  time_zone: string;
  /** The latest call to this provider. */
  call_id: string;
  /** Every call to this provider (attempts, a confirmation call), oldest first: events name their call. */
  call_ids: string[];
  call_status: CallStatus;
  attempts: number;
  dialer: string | null;
  redirected: boolean;
  offered_slots: OfferedSlot[];
  best_slot: OfferedSlot | null;
  booked: boolean;
  booked_slot: Slot | null;
  /** 0–100; 0 when no slot was offered. */
  score: number;
  score_breakdown: ScoreBreakdown | null;
  /** Whether the person may choose this provider's best slot (it fits and nothing is booked yet). */
  can_choose: boolean;
  failure_reason: string | null;
  /** The failure reason as CallPilot wrote it (lib/sentences); null when it came from elsewhere or there is none. */
  failure_sentence: Sentence | null;
  /** Why a scheduled call waits (the business is closed now, a daily call cap); null otherwise. */
  wait_reason: string | null;
  wait_sentence: Sentence | null;
  requirements: string[];
  summary: string | null;
  /** The summary as CallPilot wrote it, for the page to say in its language; null when the summary came from elsewhere. */
  summary_sentence: Sentence | null;
  next_attempt_at: string | null;
  /** "attempt 2 of 3, next try 14:30 local" (the business's time); null before any retry. */
  attempt_label: string | null;
  /** Review mode: the business's hold on its offer, the latest one (issue 8). */
  hold: HoldView | null;
  /** The business asked to speak with the person (issue 16): put through to them, or waiting for their call. */
  handover: HandoverView | null;
  started_at: string | null;
  ended_at: string | null;
}

export interface HoldView {
  start: string;
  end: string;
  held_until: string;
  /** held: agreed and running; expired: ran out (re-checked when chosen); others as in db/schema.ts. */
  status: "requested" | "held" | "declined" | "booked" | "releasing" | "released" | "expired";
}

export interface HandoverView {
  /** What the business said when it asked for the person. */
  asked: string;
  transferred: boolean;
  /** The business's number, to call it back. */
  business_phone: string | null;
  /** One plain sentence for the booking page, in English... */
  text: string;
  /** ...and as CallPilot wrote it, for the page to say in its language. */
  text_sentence: Sentence;
}

export interface BookingView {
  booking_id: string;
  task_id: string | null;
  status: BookingStatus;
  status_reason: string | null;
  /** The same reason for the page to say in its language; null when it has none (an older row). */
  status_reason_sentence: Sentence | null;
  mode: "auto" | "review";
  swarm_size: number;
  time_zone: string;
  request: BookingRequest;
  created_at: string;
  booked: {
    provider_id: string;
    provider_name: string;
    call_id: string;
    slot: Slot;
    slot_text: string;
    address: string;
  } | null;
  results: ProviderResult[];
  skipped: Array<{
    provider_id: string;
    provider_name: string;
    reason: string;
    reason_sentence: Sentence | null;
  }>;
  /** Questions receptionists asked the person during the calls (issue 8): open ones wait for an answer. */
  questions: QuestionView[];
  /** The latest call cancelling or moving the booked appointment (issue 16); null when there was none. */
  appointment_change: AppointmentChangeView | null;
  /** The booking whose appointment this new search (for a move) replaces (issue 16); null otherwise. */
  replaces_booking_id: string | null;
}

export async function getBookingView(bookingId: string, userId: string): Promise<BookingView> {
  const booking = await getBookingForUser(bookingId, userId);
  if (!booking) throw notFound(sentence("errorBookingNotFound"));
  return buildBookingView(booking);
}

export async function buildBookingView(booking: Booking): Promise<BookingView> {
  const calls = await listCallsForBooking(booking.id);
  const providers = new Map(
    (await getProvidersByIds([...new Set(calls.map((call) => call.providerId))])).map((p) => [p.id, p]),
  );
  const radiusKm = getConfig().MAX_PROVIDER_DISTANCE_KM;
  const holds = await listHoldsForBooking(booking.id);
  const now = getRuntime().clock.now();
  const results = [...groupByProvider(calls).entries()]
    .map(([providerId, providerCalls]) => {
      const result = resultFor(booking, providers.get(providerId), providerCalls, radiusKm);
      return result && { ...result, hold: holdView(holds, providerId, now) };
    })
    .filter((result): result is ProviderResult => result !== null)
    .sort(
      (a, b) =>
        Number(b.booked) - Number(a.booked) ||
        Number(b.can_choose) - Number(a.can_choose) ||
        b.score - a.score ||
        (a.distance_km ?? Infinity) - (b.distance_km ?? Infinity),
    );
  const bookedProvider = booking.bookedProviderId ? providers.get(booking.bookedProviderId) : undefined;
  return {
    booking_id: booking.id,
    task_id: booking.taskId,
    status: booking.status,
    status_reason: booking.statusReason,
    status_reason_sentence: booking.statusReasonSentence,
    mode: booking.mode,
    swarm_size: booking.swarmSize,
    time_zone: booking.timeZone,
    request: booking.request,
    created_at: booking.createdAt.toISOString(),
    booked:
      booking.status === "booked" && booking.bookedSlotStart && booking.bookedSlotEnd && bookedProvider
        ? {
            provider_id: bookedProvider.id,
            provider_name: bookedProvider.name,
            call_id: booking.bookedCallId!,
            slot: { start: booking.bookedSlotStart.toISOString(), end: booking.bookedSlotEnd.toISOString() },
            slot_text: describeSlot(
              { start: booking.bookedSlotStart.toISOString() },
              bookedProvider.timeZone,
            ),
            address: bookedProvider.address,
          }
        : null,
    results,
    skipped: booking.skipped.map((s) => ({
      provider_id: s.providerId,
      provider_name: s.providerName,
      reason: s.reason,
      reason_sentence: s.reasonSentence ?? null,
    })),
    questions: await questionsForBooking(booking.id),
    appointment_change: await appointmentChangeView(
      booking,
      calls,
      booking.bookedProviderId ? providers.get(booking.bookedProviderId) : undefined,
    ),
    replaces_booking_id: booking.replacesBookingId,
  };
}

function groupByProvider(calls: Call[]): Map<string, Call[]> {
  const groups = new Map<string, Call[]>();
  for (const call of calls) groups.set(call.providerId, [...(groups.get(call.providerId) ?? []), call]);
  return groups;
}

function resultFor(
  booking: Booking,
  provider: Provider | undefined,
  calls: Call[],
  radiusKm: number,
): ProviderResult | null {
  if (!provider) return null;
  const latest = calls[calls.length - 1];
  const offers = uniqueByStart(calls.flatMap((call) => call.offeredSlots));
  const best = bestOffer(offers, {
    request: booking.request,
    timeZone: booking.timeZone,
    radiusKm,
    rating: provider.rating,
    distanceKm: latest.distanceKm,
  });
  const booked = booking.status === "booked" && booking.bookedProviderId === provider.id;
  const outcomes = calls.map((call) => call.outcome).filter((outcome) => outcome !== null);
  const nextAttempt = calls.find((call) => call.status === "scheduled");
  return {
    provider_id: provider.id,
    provider_name: provider.name,
    address: provider.address,
    phone: provider.phone,
    rating: provider.rating,
    distance_km: latest.distanceKm === null ? null : Math.round(latest.distanceKm * 10) / 10,
    time_zone: provider.timeZone,
    call_id: latest.id,
    call_ids: calls.map((call) => call.id),
    call_status: latest.status,
    attempts: calls.filter((call) => call.purpose === "inquiry").length,
    dialer: latest.dialer,
    redirected: calls.some((call) => call.redirectedTo !== null),
    offered_slots: offers,
    best_slot: best?.slot ?? null,
    booked,
    booked_slot:
      booked && booking.bookedSlotStart && booking.bookedSlotEnd
        ? { start: booking.bookedSlotStart.toISOString(), end: booking.bookedSlotEnd.toISOString() }
        : null,
    score: best?.score.total ?? 0,
    score_breakdown: best?.score ?? null,
    can_choose:
      Boolean(best?.slot.fits) &&
      ["processing", "awaiting_choice"].includes(booking.status) &&
      booking.bookedCallId === null,
    ...reasonOfLatest(latest),
    requirements: [...new Set(outcomes.flatMap((outcome) => outcome.requirements))],
    summary: outcomes.at(-1)?.summary ?? null,
    summary_sentence: outcomes.at(-1)?.summary_sentence ?? null,
    next_attempt_at: nextAttempt?.scheduledFor?.toISOString() ?? null,
    attempt_label: attemptLabelFor(calls, provider.timeZone, nextAttempt?.scheduledFor ?? null),
    hold: null,
    handover: handoverView(provider, outcomes.findLast((outcome) => outcome.handover)?.handover ?? null),
    started_at: latest.startedAt?.toISOString() ?? null,
    ended_at: latest.endedAt?.toISOString() ?? null,
  };
}

function handoverView(provider: Provider, handover: HandoverOutcome | null): HandoverView | null {
  if (!handover) return null;
  const phone = provider.phone;
  const said = handover.transferred
    ? sentence("handoverPutThrough", {
        business: provider.name,
        hasNumber: handover.to ? "yes" : "no",
        number: handover.to ?? "",
      })
    : sentence("handoverCallBack", {
        business: provider.name,
        hasPhone: phone ? "yes" : "no",
        phone: phone ?? "",
      });
  return {
    asked: handover.asked,
    transferred: handover.transferred,
    business_phone: phone,
    text: said.text,
    text_sentence: said.sentence,
  };
}

function holdView(holds: SlotHold[], providerId: string, now: Date): HoldView | null {
  const hold = holds.filter((row) => row.providerId === providerId).at(-1);
  if (!hold) return null;
  const running = hold.heldUntil.getTime() > now.getTime();
  return {
    start: hold.slotStart.toISOString(),
    end: hold.slotEnd.toISOString(),
    held_until: hold.heldUntil.toISOString(),
    status: hold.status === "agreed" ? (running ? "held" : "expired") : hold.status,
  };
}

function attemptLabelFor(calls: Call[], timeZone: string, nextTryAt: Date | null): string | null {
  const attempts = calls.filter((call) => call.purpose === "inquiry").length;
  if (attempts < 2 && !nextTryAt) return null;
  return attemptLabel({
    attempt: attempts,
    maxAttempts: 1 + getConfig().RETRY_MAX,
    nextTryAt,
    timeZone,
    now: getRuntime().clock.now(),
  });
}

function uniqueByStart(slots: OfferedSlot[]): OfferedSlot[] {
  const byStart = new Map<number, OfferedSlot>();
  for (const slot of slots) byStart.set(Date.parse(slot.start), slot);
  return [...byStart.values()].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

/** The latest call's failure reason once it ended, or why it waits while it is scheduled, each with its sentence. */
function reasonOfLatest(latest: Call) {
  const ended = terminalCallStatuses.includes(latest.status);
  const waits = latest.status === "scheduled";
  return {
    failure_reason: ended ? latest.failureReason : null,
    failure_sentence: ended ? latest.failureSentence : null,
    wait_reason: waits ? latest.failureReason : null,
    wait_sentence: waits ? latest.failureSentence : null,
  };
}
