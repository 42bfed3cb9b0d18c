// A booking as the admin sees it: the request, the person, the ranking with its score breakdown, and every call
// with its timeline, transcript, data-collection outcome, duration, dialer, external ids, redirect and failure.
import { getBookingOwner, getBookingResolution, listAllCallEventsForBooking } from "@/db/admin-bookings";
import { listAuditEntriesForTargets, type AuditEntry } from "@/db/audit-log";
import { getBooking, type Booking } from "@/db/bookings";
import { listCallsForBooking, type Call } from "@/db/calls";
import { getProvidersByIds } from "@/db/providers";
import type { CallEventRow, CallPurpose, CallStatus } from "@/db/schema";
import { buildBookingView, type BookingView } from "@/lib/booking/booking-view";
import type { OfferedSlot, Slot } from "@/lib/booking/slot";
import { attemptLabel } from "@/lib/calls/attempt-label";
import type { CallOutcome } from "@/lib/calls/call-outcome";
import type { Sentence } from "@/lib/sentences/sentence-schema";
import { getConfig } from "@/lib/config";
import { notFound } from "@/lib/errors";
import type { BookingRequest } from "@/lib/intake/booking-request";
import { callLanguageSchema, type CallLanguage } from "@/lib/providers/provider-language";
import { getRuntime } from "@/lib/runtime";
import { findListedNumbers } from "@/db/do-not-call";
import { z } from "zod";
import { describeCallEvent } from "./event-summary";
import { retryCandidateOf, retryEligibility } from "./retry-eligibility";

export interface TimelineEntry {
  id: number;
  type: string;
  at: string;
  /** The line in English... */
  summary: string;
  /** ...and as a sentence the admin area says in its language (null: an unknown event, shown as written). */
  summary_sentence: Sentence | null;
}

export interface AdminCallDetail {
  call_id: string;
  provider_id: string;
  provider_name: string;
  provider_phone: string | null;
  provider_disabled: boolean;
  purpose: CallPurpose;
  attempt: number;
  /** "attempt 2 of 3, next try 14:30 local", in the business's time zone (issue 8). */
  attempt_label: string;
  previous_call_id: string | null;
  status: CallStatus;
  dialer: string | null;
  external_id: string | null;
  external_call_sid: string | null;
  redirected: boolean;
  redirected_to: string | null;
  failure_reason: string | null;
  created_at: string;
  scheduled_for: string | null;
  started_at: string | null;
  ended_at: string | null;
  duration_seconds: number | null;
  target_slot: Slot | null;
  offered_slots: OfferedSlot[];
  /** What the call collected (without the transcript, shown on its own). */
  outcome: Omit<CallOutcome, "transcript"> | null;
  timeline: TimelineEntry[];
  /** Each line with the language it was spoken in, and its English translation when the person's page had one made. */
  transcript: Array<{
    id: number;
    role: string;
    text: string;
    at: string;
    language: CallLanguage;
    translation: string | null;
  }>;
  retry: { allowed: true } | { allowed: false; reason: string };
}

export interface AdminBookingDetail {
  booking: {
    booking_id: string;
    task_id: string | null;
    status: Booking["status"];
    status_reason: string | null;
    status_reason_sentence: Sentence | null;
    mode: "auto" | "review";
    swarm_size: number;
    time_zone: string;
    created_at: string;
    updated_at: string;
    request: BookingRequest;
    origin: Booking["origin"];
  };
  user: { id: string; email: string; name: string; is_guest: boolean } | null;
  resolution: { note: string; resolved_by_email: string; resolved_at: string } | null;
  /** The person's view: ranking with score breakdown, the booked appointment, skipped providers. */
  view: BookingView;
  calls: AdminCallDetail[];
  /** Events about the booking itself (created, status changes). */
  booking_timeline: TimelineEntry[];
  pending_calls: number;
  audit: AuditEntry[];
}

export async function loadAdminBookingDetail(bookingId: string): Promise<AdminBookingDetail> {
  const booking = await getBooking(bookingId);
  if (!booking) throw notFound("The booking");
  const [calls, events, owner, resolution, view] = await Promise.all([
    listCallsForBooking(booking.id),
    listAllCallEventsForBooking(booking.id),
    getBookingOwner(booking.userId),
    getBookingResolution(booking.id),
    buildBookingView(booking),
  ]);
  const providers = new Map(
    (await getProvidersByIds(calls.map((call) => call.providerId))).map((p) => [p.id, p]),
  );
  const listed = new Set(
    await findListedNumbers([...providers.values()].flatMap((p) => (p.phone ? [p.phone] : []))),
  );
  const audit = await listAuditEntriesForTargets([booking.id, ...calls.map((call) => call.id)]);
  const eventsByCall = groupEvents(events);
  const timeZone = booking.timeZone;

  const callDetails = calls.map((call): AdminCallDetail => {
    const provider = providers.get(call.providerId);
    const callEvents = eventsByCall.get(call.id) ?? [];
    const eligibility = retryEligibility(
      retryCandidateOf({
        call,
        booking,
        bookingCalls: calls,
        provider,
        onDoNotCallList: provider?.phone ? listed.has(provider.phone) : false,
      }),
    );
    return {
      call_id: call.id,
      provider_id: call.providerId,
      provider_name: provider?.name ?? "(removed from the directory)",
      provider_phone: provider?.phone ?? null,
      provider_disabled: provider?.disabled ?? false,
      purpose: call.purpose,
      attempt: call.attempt,
      attempt_label: attemptLabel({
        attempt: call.attempt,
        maxAttempts: 1 + getConfig().RETRY_MAX,
        nextTryAt: call.status === "scheduled" ? call.scheduledFor : null,
        timeZone: provider?.timeZone ?? timeZone,
        now: getRuntime().clock.now(),
      }),
      previous_call_id: call.previousCallId,
      status: call.status,
      dialer: call.dialer,
      external_id: call.externalId,
      external_call_sid: call.externalCallSid,
      redirected: call.redirectedTo !== null,
      redirected_to: call.redirectedTo,
      failure_reason: call.failureReason,
      created_at: call.createdAt.toISOString(),
      scheduled_for: call.scheduledFor?.toISOString() ?? null,
      started_at: call.startedAt?.toISOString() ?? null,
      ended_at: call.endedAt?.toISOString() ?? null,
      duration_seconds: durationOf(call),
      target_slot: call.targetSlot,
      offered_slots: call.offeredSlots,
      outcome: outcomeWithoutTranscript(call.outcome),
      timeline: callEvents
        .filter((e) => e.type !== "transcript" && e.type !== "transcript_translated")
        .map((e) => timelineEntry(e, timeZone)),
      transcript: transcriptOf(callEvents),
      retry: eligibility.allowed ? { allowed: true } : { allowed: false, reason: eligibility.reason },
    };
  });

  return {
    booking: {
      booking_id: booking.id,
      task_id: booking.taskId,
      status: booking.status,
      status_reason: booking.statusReason,
      status_reason_sentence: booking.statusReasonSentence,
      mode: booking.mode,
      swarm_size: booking.swarmSize,
      time_zone: booking.timeZone,
      created_at: booking.createdAt.toISOString(),
      updated_at: booking.updatedAt.toISOString(),
      request: booking.request,
      origin: booking.origin,
    },
    user: owner ? { id: owner.id, email: owner.email, name: owner.name, is_guest: owner.isAnonymous } : null,
    resolution: resolution
      ? {
          note: resolution.note,
          resolved_by_email: resolution.resolvedByEmail,
          resolved_at: resolution.resolvedAt.toISOString(),
        }
      : null,
    view,
    calls: callDetails,
    booking_timeline: (eventsByCall.get(null) ?? []).map((e) => timelineEntry(e, timeZone)),
    pending_calls: calls.filter((call) => call.status === "queued" || call.status === "scheduled").length,
    audit,
  };
}

function groupEvents(events: CallEventRow[]): Map<string | null, CallEventRow[]> {
  const groups = new Map<string | null, CallEventRow[]>();
  for (const event of events) groups.set(event.callId, [...(groups.get(event.callId) ?? []), event]);
  return groups;
}

function timelineEntry(event: CallEventRow, timeZone: string): TimelineEntry {
  const line = describeCallEvent(event.type, event.payload as Record<string, unknown>, timeZone);
  return {
    id: event.id,
    type: event.type,
    at: event.createdAt.toISOString(),
    summary: line.text,
    summary_sentence: line.sentence,
  };
}

/** The vendor's reported duration, else the time between dial and end. */
function durationOf(call: Call): number | null {
  if (call.outcome?.duration_seconds != null) return call.outcome.duration_seconds;
  if (call.startedAt && call.endedAt)
    return Math.round((call.endedAt.getTime() - call.startedAt.getTime()) / 1000);
  return null;
}

/** The call's lines, read loosely like the rest of the admin's record (an old row may predate a field). */
function transcriptOf(events: readonly CallEventRow[]): AdminCallDetail["transcript"] {
  const english = new Map<number, string>();
  for (const event of events) {
    const parsed = translatedLine.safeParse(event.payload);
    if (event.type === "transcript_translated" && parsed.success && parsed.data.language === "en")
      english.set(parsed.data.of_seq, parsed.data.text);
  }
  return events
    .filter((e) => e.type === "transcript")
    .map((e) => {
      const payload = e.payload as { role?: unknown; text?: unknown; language?: unknown };
      const language = callLanguageSchema.catch("en").parse(payload.language);
      return {
        id: e.id,
        role: typeof payload.role === "string" ? payload.role : "business",
        text: String(payload.text ?? ""),
        at: e.createdAt.toISOString(),
        language,
        translation: language === "en" ? null : (english.get(e.seq) ?? null),
      };
    });
}

const translatedLine = z.object({ of_seq: z.number(), language: z.string(), text: z.string() });

function outcomeWithoutTranscript(outcome: CallOutcome | null): Omit<CallOutcome, "transcript"> | null {
  if (!outcome) return null;
  const { transcript: _transcript, ...rest } = outcome;
  void _transcript;
  return rest;
}
