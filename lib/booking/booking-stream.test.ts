import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { createBookingWithCalls, getBooking, type Booking } from "@/db/bookings";
import { listCallEventsSince, recordCallEvent } from "@/db/call-events";
import { getDb } from "@/db/client";
import { seedDemoDirectory } from "@/db/providers";
import { callEvents, callEventSequences, user } from "@/db/schema";
import { eq, sql } from "drizzle-orm";
import { fixedClock } from "@/lib/clock";
import { newId } from "@/lib/ids";
import type { BookingRequest } from "@/lib/intake/booking-request";
import { settleReactions } from "@/tests/support/job-runner";
import { streamBookingEvents } from "./booking-stream";

const clock = fixedClock("2026-11-26T15:00:00Z");
const request: BookingRequest = {
  service_type: "dentist",
  location: "Cambridge MA",
  timeframe: "next week",
  window: { start: "2026-11-30T00:00:00-05:00", end: "2026-12-07T00:00:00-05:00" },
  preferred_time: null,
  time_of_day: null,
  party_size: null,
  client_name: "Sam Lee",
  notes: null,
};

beforeAll(async () => {
  await seedDemoDirectory();
  // The job queue (pg-boss on PostgreSQL) starts its own timers on first use: start it before timers are faked.
  await settleReactions();
});
beforeEach(() => {
  // Only timers are faked: the heartbeat, and any polling loop the stream might (wrongly) run.
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "setInterval", "clearInterval"] });
});
afterEach(() => {
  vi.useRealTimers();
});

async function newBooking(): Promise<{ booking: Booking; callId: string }> {
  const userId = `user_${randomUUID()}`;
  await getDb()
    .insert(user)
    .values({ id: userId, name: "Sam Lee", email: `${userId}@example.test` });
  const callId = newId("call");
  const { booking } = await createBookingWithCalls({
    id: newId("bkg"),
    taskId: null,
    userId,
    mode: "auto",
    swarmSize: 1,
    request,
    timeZone: "America/New_York",
    origin: null,
    calls: [{ id: callId, providerId: "dentist-cambridge-ma-1", distanceKm: 1, scheduledFor: null }],
    skipped: [],
    now: clock.now(),
  });
  return { booking, callId };
}

interface Frame {
  id: number | null;
  event: string | null;
  data: unknown;
  comment: string | null;
  retry: number | null;
}

function parseFrame(text: string): Frame {
  expect(text.endsWith("\n\n")).toBe(true);
  const frame: Frame = { id: null, event: null, data: null, comment: null, retry: null };
  for (const line of text.slice(0, -2).split("\n")) {
    if (line.startsWith(":")) frame.comment = line.slice(1).trim();
    else if (line.startsWith("id: ")) frame.id = Number(line.slice(4));
    else if (line.startsWith("event: ")) frame.event = line.slice(7);
    else if (line.startsWith("data: ")) frame.data = JSON.parse(line.slice(6));
    else if (line.startsWith("retry: ")) frame.retry = Number(line.slice(7));
    else throw new Error(`unexpected SSE line: ${line}`);
  }
  return frame;
}

/** Opens the stream and reads it one frame (one enqueued chunk) at a time. */
function open(booking: Booking, afterSeq: number) {
  const abort = new AbortController();
  const stream = streamBookingEvents({ booking, afterSeq, signal: abort.signal });
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const next = async (): Promise<Frame> => {
    let read: ReadableStreamReadResult<Uint8Array> | undefined;
    const pending = reader.read().then((result) => (read = result));
    // A notification crosses a real connection on PostgreSQL: give real time first (up to 100 ms), then let fake
    // time pass (the view is sent on a short throttle timer), until the next frame arrives.
    for (let step = 0; !read && step < 25; step++) {
      const until = performance.now() + 100;
      while (!read && performance.now() < until) await new Promise((resolve) => setImmediate(resolve));
      if (!read) await vi.advanceTimersByTimeAsync(200);
    }
    const { value, done } = await pending;
    if (done) throw new Error("the stream ended");
    return parseFrame(decoder.decode(value));
  };
  return { abort, reader, next };
}

type CallEventData = {
  seq: number;
  call_id: string | null;
  type: string;
  payload: Record<string, unknown>;
  at: string;
};

function listeners(bookingId: string): number {
  const state = (globalThis as { [key: symbol]: { emitter: EventEmitter } | undefined })[
    Symbol.for("callpilot.notifications")
  ];
  return state?.emitter.listenerCount(`booking:${bookingId}`) ?? 0;
}

/** Appends an event the way a writer that forgot to announce it would: the next number, no signal. */
async function insertUnannouncedEvent(
  bookingId: string,
  callId: string,
  text: string,
): Promise<{ seq: number }> {
  const [counter] = await getDb()
    .update(callEventSequences)
    .set({ lastSeq: sql`${callEventSequences.lastSeq} + 1` })
    .where(eq(callEventSequences.bookingId, bookingId))
    .returning();
  await getDb()
    .insert(callEvents)
    .values({
      bookingId,
      seq: counter.lastSeq,
      callId,
      type: "transcript",
      payload: { role: "agent", text },
      createdAt: clock.now(),
    });
  return { seq: counter.lastSeq };
}

describe("streamBookingEvents", () => {
  test("sends the events after afterSeq, each with its seq as the event id, then the booking's view", async () => {
    const { booking, callId } = await newBooking();
    const first = await recordCallEvent({
      bookingId: booking.id,
      callId,
      type: "call_status",
      payload: { status: "ringing" },
      at: clock.now(),
    });
    const second = await recordCallEvent({
      bookingId: booking.id,
      callId,
      type: "transcript",
      payload: { role: "agent", text: "Hello" },
      at: clock.now(),
    });

    const stream = open(booking, first.seq);
    expect(await stream.next()).toMatchObject({ retry: 2000 });
    const frame = await stream.next();
    expect(frame.event).toBe("call_event");
    expect(frame.id).toBe(second.seq);
    expect(second.seq).toBe(first.seq + 1);
    expect(frame.data).toEqual({
      seq: second.seq,
      call_id: callId,
      type: "transcript",
      payload: { role: "agent", text: "Hello" },
      at: "2026-11-26T15:00:00.000Z",
    });
    const view = await stream.next();
    expect(view.event).toBe("booking");
    expect(view.id).toBeNull();
    expect(view.data).toMatchObject({ booking_id: booking.id, status: "processing", mode: "auto" });
    expect((view.data as { results: unknown[] }).results).toHaveLength(1);
    stream.abort.abort();
  });

  test("from afterSeq 0, sends every event of the booking in order, and none of another booking", async () => {
    const { booking } = await newBooking();
    const other = await newBooking();
    await recordCallEvent({
      bookingId: other.booking.id,
      callId: null,
      type: "warning",
      payload: { message: "another booking's event" },
      at: clock.now(),
    });
    const all = await listCallEventsSince(booking.id, 0);
    expect(all.length).toBeGreaterThan(0);

    const stream = open(booking, 0);
    await stream.next(); // retry
    const ids: number[] = [];
    for (let frame = await stream.next(); frame.event === "call_event"; frame = await stream.next()) {
      ids.push(frame.id!);
      expect((frame.data as CallEventData).seq).toBe(frame.id);
    }
    expect(ids).toEqual(all.map((e) => e.seq));
    expect(ids).toEqual(ids.map((_, index) => index + 1));
    stream.abort.abort();
  });

  test("sends new events as they are recorded, followed by the refreshed view", async () => {
    const { booking, callId } = await newBooking();
    const stream = open(booking, (await listCallEventsSince(booking.id, 0)).at(-1)!.seq);
    await stream.next(); // retry
    expect((await stream.next()).event).toBe("booking");

    const recorded = await recordCallEvent({
      bookingId: booking.id,
      callId,
      type: "call_status",
      payload: { status: "answered" },
      at: clock.now(),
    });
    const frame = await stream.next();
    expect(frame).toMatchObject({ event: "call_event", id: recorded.seq });
    expect((frame.data as CallEventData).payload).toEqual({ status: "answered" });
    expect((await stream.next()).event).toBe("booking");

    const later = await recordCallEvent({
      bookingId: booking.id,
      callId,
      type: "transcript",
      payload: { role: "business", text: "Hi" },
      at: clock.now(),
    });
    expect(await stream.next()).toMatchObject({ event: "call_event", id: later.seq });
    stream.abort.abort();
  });

  test("is woken by change notifications, not by polling: an unannounced row waits for the next notification", async () => {
    const { booking, callId } = await newBooking();
    const stream = open(booking, (await listCallEventsSince(booking.id, 0)).at(-1)!.seq);
    await stream.next(); // retry
    await stream.next(); // booking

    // Written without a notification: a stream that polled would pick it up as time passes.
    const silent = await insertUnannouncedEvent(booking.id, callId, "quiet");
    await vi.advanceTimersByTimeAsync(60_000);
    // A minute later only the four 15-second heartbeats have been sent.
    for (let i = 0; i < 4; i++)
      expect(await stream.next()).toMatchObject({ comment: "keep-alive", event: null });

    const announced = await recordCallEvent({
      bookingId: booking.id,
      callId,
      type: "call_status",
      payload: { status: "on_hold" },
      at: clock.now(),
    });
    expect(await stream.next()).toMatchObject({ event: "call_event", id: silent.seq });
    expect(await stream.next()).toMatchObject({ event: "call_event", id: announced.seq });
    expect((await stream.next()).event).toBe("booking");
    stream.abort.abort();
  }, 20_000); // a notification crosses a real PostgreSQL connection, which a loaded machine can slow

  test("aborting closes the stream, stops the heartbeat and unsubscribes", async () => {
    const { booking, callId } = await newBooking();
    const stream = open(booking, (await listCallEventsSince(booking.id, 0)).at(-1)!.seq);
    await stream.next(); // retry
    await stream.next(); // booking
    expect(listeners(booking.id)).toBe(1);

    stream.abort.abort();
    expect(await stream.reader.read()).toEqual({ value: undefined, done: true });
    expect(listeners(booking.id)).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
    // Later events go nowhere and break nothing.
    await recordCallEvent({
      bookingId: booking.id,
      callId,
      type: "call_status",
      payload: { status: "answered" },
      at: clock.now(),
    });
    expect(await getBooking(booking.id)).toBeDefined();
  });
});
