// The live booking page's Server-Sent Events: every call event from the append-only log, in order, then the
// booking's recomputed view. Woken by change notifications from any instance (db/notifications.ts), never by a
// polling loop; resumable with Last-Event-ID, which is the booking's event number (seq): numbers commit in order, so
// a stream resumed after n never skips an event another instance commits later.
import { listCallEventsSince, subscribeToBookingChanges } from "@/db/call-events";
import type { Booking } from "@/db/bookings";
import { getBooking } from "@/db/bookings";
import { logger } from "@/lib/logger";
import { streamedCallEvent } from "./booking-snapshot";
import { buildBookingView } from "./booking-view";

const heartbeatMs = 15_000;
// Events go out the moment they are written; the recomputed view (results, ranking) at most this often, since a
// busy swarm writes an event every few milliseconds and rebuilding the view for each would be wasted work.
const viewIntervalMs = 150;
const encoder = new TextEncoder();

function frame(event: string, data: unknown, id?: number): Uint8Array {
  return encoder.encode(
    `${id !== undefined ? `id: ${id}\n` : ""}event: ${event}\ndata: ${JSON.stringify(data)}\n\n`,
  );
}

export function streamBookingEvents(input: {
  booking: Booking;
  afterSeq: number;
  signal: AbortSignal;
}): ReadableStream<Uint8Array> {
  const bookingId = input.booking.id;
  let cursor = input.afterSeq;
  let closed = false;
  let flushing = false;
  let pending = false;
  let unsubscribe = () => {};
  let heartbeat: NodeJS.Timeout | undefined;
  let viewTimer: NodeJS.Timeout | undefined;
  let lastViewAt = 0;

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const close = () => {
        if (closed) return;
        closed = true;
        unsubscribe();
        clearInterval(heartbeat);
        clearTimeout(viewTimer);
        try {
          controller.close();
        } catch {
          // Already closed by the client going away.
        }
      };

      // Sends everything after the cursor, then the view. One flush at a time; changes during a flush trigger one more.
      const flush = async () => {
        if (closed) return;
        if (flushing) {
          pending = true;
          return;
        }
        flushing = true;
        try {
          do {
            pending = false;
            for (;;) {
              const events = await listCallEventsSince(bookingId, cursor);
              for (const event of events) {
                controller.enqueue(frame("call_event", streamedCallEvent(event), event.seq));
                cursor = event.seq;
              }
              if (events.length < 500) break;
            }
            scheduleView();
          } while (pending && !closed);
        } catch (error) {
          if (!closed) logger.warn("booking stream failed", { bookingId, error });
          close();
        } finally {
          flushing = false;
        }
      };

      const sendView = async () => {
        viewTimer = undefined;
        lastViewAt = Date.now();
        const booking = await getBooking(bookingId);
        if (booking && !closed) controller.enqueue(frame("booking", await buildBookingView(booking)));
      };
      const scheduleView = () => {
        if (viewTimer || closed) return;
        const wait = Math.max(0, lastViewAt + viewIntervalMs - Date.now());
        viewTimer = setTimeout(() => {
          sendView().catch((error) => {
            if (!closed) logger.warn("booking stream failed", { bookingId, error });
            close();
          });
        }, wait);
      };

      unsubscribe = subscribeToBookingChanges(bookingId, () => void flush());
      heartbeat = setInterval(() => {
        if (!closed) controller.enqueue(encoder.encode(": keep-alive\n\n"));
      }, heartbeatMs);
      input.signal.addEventListener("abort", close);
      controller.enqueue(encoder.encode("retry: 2000\n\n"));
      void flush();
    },
    cancel() {
      closed = true;
      unsubscribe();
      clearInterval(heartbeat);
      clearTimeout(viewTimer);
    },
  });
}
