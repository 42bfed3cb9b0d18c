// The live booking page's first paint: the booking view (as GET /api/booking/{id} answers it, same ownership check),
// every call event so far in the stream's own shape, and the cursor the page resumes the live stream from, so
// nothing is missed or shown twice between the server's render and the browser's stream.
import { listCallEventsSince, type CallEvent } from "@/db/call-events";
import type { StreamedCallEvent } from "@/lib/calls/call-event";
import { getRuntime } from "@/lib/runtime";
import { getBookingView, type BookingView } from "./booking-view";

export interface BookingSnapshot {
  view: BookingView;
  events: StreamedCallEvent[];
  /** The seq of the last event in `events` (0 for none): the stream's `after`. */
  cursor: number;
  /** Whether lines spoken in another language than the page's can be translated (an LLM is configured). */
  translation_available: boolean;
}

const pageSize = 500;

/** 404 (AppError not_found) for a booking that is not the person's, like the REST view. */
export async function getBookingSnapshot(bookingId: string, userId: string): Promise<BookingSnapshot> {
  const view = await getBookingView(bookingId, userId);
  const events: StreamedCallEvent[] = [];
  let cursor = 0;
  for (;;) {
    const page = await listCallEventsSince(bookingId, cursor, pageSize);
    for (const event of page) events.push(streamedCallEvent(event));
    if (page.length > 0) cursor = page[page.length - 1].seq;
    if (page.length < pageSize) break;
  }
  return { view, events, cursor, translation_available: getRuntime().transcriptTranslator !== null };
}

/** A stored event as the live stream sends it (lib/booking/booking-stream.ts) and the page folds it. */
export function streamedCallEvent(event: CallEvent): StreamedCallEvent {
  return {
    seq: event.seq,
    call_id: event.callId,
    type: event.type,
    payload: event.payload,
    at: event.createdAt.toISOString(),
  } as StreamedCallEvent;
}
