import { getBookingForUser } from "@/db/bookings";
import { requireCaller } from "@/lib/auth/session";
import { streamBookingEvents } from "@/lib/booking/booking-stream";
import { notFound } from "@/lib/errors";
import { openLeasedStream } from "@/lib/guardrails/stream-leases";
import { route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

type Context = { params: Promise<{ id: string }> };

// GET /api/booking/{id}/events – Server-Sent Events: every call event, then the booking's view, live (at most
// SSE_CONNECTIONS_PER_PERSON open at once per person, across instances: 429 past it)
export const GET = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  const { id } = await params;
  const booking = await getBookingForUser(id, caller.userId);
  if (!booking) throw notFound("The booking");
  const resumeFrom =
    request.headers.get("last-event-id") ?? new URL(request.url).searchParams.get("after") ?? "0";
  const afterSeq = Number.parseInt(resumeFrom, 10);
  const stream = await openLeasedStream({
    userId: caller.userId,
    signal: request.signal,
    clock: getRuntime().clock,
    open: () =>
      streamBookingEvents({
        booking,
        afterSeq: Number.isFinite(afterSeq) && afterSeq > 0 ? afterSeq : 0,
        signal: request.signal,
      }),
  });
  return new Response(stream, {
    headers: {
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store, no-transform",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    },
  });
});
