import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import { afterEach, beforeAll, beforeEach, describe, expect, test, vi } from "vitest";
import { createBookingWithCalls, getBooking, type Booking } from "@/db/bookings";
import { insertCallEvent, listCallEventsSince, recordCallEvent } from "@/db/call-events";
import { getDb } from "@/db/client";
import { seedDemoDirectory } from "@/db/providers";
import { user } from "@/db/schema";
import { fixedClock } from "@/lib/clock";
import { newId } from "@/lib/ids";
import type { BookingRequest } from "@/lib/intake/booking-request";
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
  getDb()
    .insert(user)
    .values({ id: userId, name: "Sam Lee", email: `${userId}@example.test` })
    .run();
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
function open(booking: Booking, afterId: number) {
  const abort = new AbortController();
  const stream = streamBookingEvents({ booking, afterId, signal: abort.signal });
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  const next = async (): Promise<Frame> => {
    const pending = reader.read();
    // The view is sent on a short throttle timer: let (fake) time pass while waiting for the next frame.
    await vi.advanceTimersByTimeAsync(200);
    const { value, done } = await pending;
    if (done) throw new Error("the stream ended");
    return parseFrame(decoder.decode(value));
  };
  return { abort, reader, next };
}

type CallEventData = {
  id: number;
  call_id: string | null;
  type: string;
  payload: Record<string, unknown>;
  at: string;
};

function listeners(bookingId: string): number {
  const emitter = (globalThis as { [key: symbol]: EventEmitter | undefined })[
    Symbol.for("callpilot.call-events.emitter")
  ];
  return emitter?.listenerCount(bookingId) ?? 0;
}

describe("streamBookingEvents", () => {
  test("sends the events after afterId, each with its id, then the booking's view", async () => {
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

    const stream = open(booking, first.id);
    expect(await stream.next()).toMatchObject({ retry: 2000 });
    const frame = await stream.next();
    expect(frame.event).toBe("call_event");
    expect(frame.id).toBe(second.id);
    expect(frame.data).toEqual({
      id: second.id,
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

  test("from afterId 0, sends every event of the booking in order, and none of another booking", async () => {
    const { booking } = await newBooking();
    const other = await newBooking();
    await recordCallEvent({
      bookingId: other.booking.id,
      callId: null,
      type: "note",
      payload: {},
      at: clock.now(),
    });
    const all = await listCallEventsSince(booking.id, 0);
    expect(all.length).toBeGreaterThan(0);

    const stream = open(booking, 0);
    await stream.next(); // retry
    const ids: number[] = [];
    for (let frame = await stream.next(); frame.event === "call_event"; frame = await stream.next()) {
      ids.push(frame.id!);
      expect((frame.data as CallEventData).id).toBe(frame.id);
    }
    expect(ids).toEqual(all.map((e) => e.id));
    stream.abort.abort();
  });

  test("sends new events as they are recorded, followed by the refreshed view", async () => {
    const { booking, callId } = await newBooking();
    const stream = open(booking, (await listCallEventsSince(booking.id, 0)).at(-1)!.id);
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
    expect(frame).toMatchObject({ event: "call_event", id: recorded.id });
    expect((frame.data as CallEventData).payload).toEqual({ status: "answered" });
    expect((await stream.next()).event).toBe("booking");

    const later = await recordCallEvent({
      bookingId: booking.id,
      callId,
      type: "transcript",
      payload: { role: "business", text: "Hi" },
      at: clock.now(),
    });
    expect(await stream.next()).toMatchObject({ event: "call_event", id: later.id });
    stream.abort.abort();
  });

  test("is woken by change notifications, not by polling: an unannounced row waits for the next notification", async () => {
    const { booking, callId } = await newBooking();
    const stream = open(booking, (await listCallEventsSince(booking.id, 0)).at(-1)!.id);
    await stream.next(); // retry
    await stream.next(); // booking

    // Written without a notification: a stream that polled would pick it up as time passes.
    const silent = insertCallEvent(getDb(), {
      bookingId: booking.id,
      callId,
      type: "transcript",
      payload: { role: "agent", text: "quiet" },
      at: clock.now(),
    });
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
    expect(await stream.next()).toMatchObject({ event: "call_event", id: silent.id });
    expect(await stream.next()).toMatchObject({ event: "call_event", id: announced.id });
    expect((await stream.next()).event).toBe("booking");
    stream.abort.abort();
  });

  test("aborting closes the stream, stops the heartbeat and unsubscribes", async () => {
    const { booking, callId } = await newBooking();
    const stream = open(booking, (await listCallEventsSince(booking.id, 0)).at(-1)!.id);
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
