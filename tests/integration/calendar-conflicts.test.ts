// check_availability against the person's calendar: busy blocks, an imported recurring calendar, a subscribed
// calendar and other booked appointments are conflicts; the agent hears "a busy time", never an event's title.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postBusyBlock } from "@/app/api/calendar/busy-blocks/route";
import { POST as postSubscription } from "@/app/api/calendar/sources/route";
import { POST as postImport } from "@/app/api/calendar/sources/import/route";
import { DELETE as deleteSource } from "@/app/api/calendar/sources/[id]/route";
import { getDb } from "@/db/client";
import { getCall } from "@/db/calls";
import { seedDemoDirectory } from "@/db/providers";
import { bookings } from "@/db/schema";
import { getAuth } from "@/lib/auth/auth";
import { checkAvailability, requestBooking } from "@/lib/booking/in-call-tools";
import { ingestCallOutcome } from "@/lib/calls/ingestion";
import { fixedClock } from "@/lib/clock";
import { resetConfigForTests } from "@/lib/config";
import { overrideRuntime } from "@/lib/runtime";
import { eq } from "drizzle-orm";
import { startIcsServer, type IcsServer } from "../support/ics-server";
import { anonymousSession, jsonRequest, params } from "./helpers";
import { createBookingWithProviderCalls } from "./support/booking-fixtures";

// Thursday 26 November 2026, 10:00 in Boston; the booking's window runs 28 Nov 15:00Z – 5 Dec 15:00Z.
const clock = fixedClock("2026-11-26T15:00:00Z");
let restoreRuntime: () => void;
let server: IcsServer;

const weeklyTherapy = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Example Corp//Calendar//EN",
  "BEGIN:VTIMEZONE",
  "TZID:America/New_York",
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:-0500",
  "TZOFFSETTO:-0400",
  "TZNAME:EDT",
  "DTSTART:19700308T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:-0400",
  "TZOFFSETTO:-0500",
  "TZNAME:EST",
  "DTSTART:19701101T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
  "BEGIN:VEVENT",
  "UID:therapy@example.test",
  "DTSTAMP:20260101T000000Z",
  "SUMMARY:Couples therapy (private)",
  // Began in the summer (daylight time); still 09:00 New York, so 14:00Z, in December.
  "DTSTART;TZID=America/New_York:20260706T090000",
  "DTEND;TZID=America/New_York:20260706T100000",
  "RRULE:FREQ=WEEKLY;BYDAY=MO",
  "EXDATE;TZID=America/New_York:20261207T090000",
  "END:VEVENT",
  "END:VCALENDAR",
].join("\r\n");

const subscribedDinner = [
  "BEGIN:VCALENDAR",
  "VERSION:2.0",
  "PRODID:-//Example Corp//Calendar//EN",
  "BEGIN:VEVENT",
  "UID:dinner@example.test",
  "DTSTAMP:20260101T000000Z",
  "SUMMARY:Dinner at Oleana",
  "DTSTART:20261202T230000Z",
  "DTEND:20261203T010000Z",
  "END:VEVENT",
  "END:VCALENDAR",
].join("\r\n");

beforeAll(async () => {
  process.env.CALENDAR_FETCH_ALLOW_PRIVATE = "true";
  resetConfigForTests();
  await seedDemoDirectory();
  restoreRuntime = overrideRuntime({ clock });
  server = await startIcsServer(subscribedDinner);
});
afterAll(async () => {
  restoreRuntime();
  await server.close();
  delete process.env.CALENDAR_FETCH_ALLOW_PRIVATE;
  resetConfigForTests();
});

async function personWithLiveCall() {
  const cookie = await anonymousSession();
  const session = await getAuth().api.getSession({ headers: new Headers({ cookie }) });
  const userId = session!.user.id;
  const { bookingId, callIds } = await createBookingWithProviderCalls({
    userId,
    callCount: 2,
    mode: "auto",
    now: clock.now(),
    status: "in_progress",
  });
  return { cookie, userId, bookingId, callIds };
}

const check = (callId: string, start: string) => checkAvailability({ callId, start: new Date(start) }, clock);

describe("check_availability with the person's calendar", () => {
  it("treats a busy block as a conflict without telling the business what it is", async () => {
    const { cookie, callIds } = await personWithLiveCall();
    expect((await check(callIds[0], "2026-12-01T14:30:00Z")).code).toBe("available");
    await postBusyBlock(
      jsonRequest("/api/calendar/busy-blocks", {
        cookie,
        body: { start: "2026-12-01T14:00:00Z", end: "2026-12-01T16:00:00Z", title: "Physio for my knee" },
      }),
      {},
    );
    const answer = await check(callIds[0], "2026-12-01T14:30:00Z");
    expect(answer.code).toBe("unavailable");
    expect(answer.say).toContain("The client already has a busy time at that time.");
    expect(answer.say).not.toMatch(/physio|knee/i);
    expect((await check(callIds[0], "2026-12-01T16:00:00Z")).code).toBe("available");
  });

  it("treats an imported weekly event as a conflict, in the time zone the file defines", async () => {
    const { cookie, callIds } = await personWithLiveCall();
    const imported = await postImport(
      new Request("http://127.0.0.1:3000/api/calendar/sources/import?name=personal.ics", {
        method: "POST",
        headers: { host: "127.0.0.1:3000", cookie, "content-type": "text/calendar" },
        body: weeklyTherapy,
      }),
      {},
    );
    expect(imported.status).toBe(201);
    const source = await imported.json();

    const monday = await check(callIds[0], "2026-11-30T13:30:00Z");
    expect(monday.code).toBe("unavailable");
    expect(monday.say).toContain("a busy time");
    expect(monday.say).not.toMatch(/therapy/i);
    expect((await check(callIds[0], "2026-11-30T15:00:00Z")).code).toBe("available");

    await deleteSource(
      jsonRequest(`/api/calendar/sources/${source.id}`, { cookie, method: "DELETE" }),
      params({ id: source.id }),
    );
    expect((await check(callIds[0], "2026-11-30T13:30:00Z")).code).toBe("available");
  });

  it("treats a subscribed calendar's event and the person's other booked appointment as conflicts", async () => {
    const { cookie, userId, callIds } = await personWithLiveCall();
    const subscribed = await postSubscription(
      jsonRequest("/api/calendar/sources", { cookie, body: { url: server.url } }),
      {},
    );
    expect(subscribed.status).toBe(201);
    const dinner = await check(callIds[0], "2026-12-02T23:30:00Z");
    expect(dinner.code).toBe("unavailable");
    expect(dinner.say).not.toMatch(/oleana|dinner/i);

    const other = await createBookingWithProviderCalls({
      userId,
      callCount: 1,
      mode: "auto",
      now: clock.now(),
    });
    await getDb()
      .update(bookings)
      .set({
        status: "booked",
        bookedCallId: other.callIds[0],
        bookedProviderId: "dentist-cambridge-ma-1",
        bookedSlotStart: new Date("2026-12-03T15:00:00Z"),
        bookedSlotEnd: new Date("2026-12-03T16:00:00Z"),
      })
      .where(eq(bookings.id, other.bookingId));
    const clash = await check(callIds[0], "2026-12-03T15:30:00Z");
    expect(clash.code).toBe("unavailable");
    expect(clash.say).toContain("The client already has another appointment at that time.");
  });

  it("request_booking refuses a slot that clashes with the calendar, and one person's calendar never blocks another", async () => {
    const first = await personWithLiveCall();
    const second = await personWithLiveCall();
    await postBusyBlock(
      jsonRequest("/api/calendar/busy-blocks", {
        cookie: first.cookie,
        body: { start: "2026-12-04T14:00:00Z", end: "2026-12-04T18:00:00Z" },
      }),
      {},
    );
    const refused = await requestBooking(
      { callId: first.callIds[0], start: new Date("2026-12-04T15:00:00Z") },
      clock,
    );
    expect(refused.code).toBe("unavailable");
    const approved = await requestBooking(
      { callId: second.callIds[0], start: new Date("2026-12-04T15:00:00Z") },
      clock,
    );
    expect(approved.code).toBe("approved");
  });

  it("slots reported only at the end of a call get the same verdict against the calendar", async () => {
    const { cookie, callIds } = await personWithLiveCall();
    await postBusyBlock(
      jsonRequest("/api/calendar/busy-blocks", {
        cookie,
        body: { start: "2026-12-01T18:00:00Z", end: "2026-12-01T20:00:00Z" },
      }),
      {},
    );
    await ingestCallOutcome(
      callIds[1],
      {
        status: "completed",
        offered_slots: [
          { start: "2026-12-01T18:30:00Z", end: "2026-12-01T19:30:00Z" },
          { start: "2026-12-01T20:00:00Z", end: "2026-12-01T21:00:00Z" },
        ],
      } as Parameters<typeof ingestCallOutcome>[1],
      clock,
    );
    const call = await getCall(callIds[1]);
    expect(call?.offeredSlots.map((slot) => [slot.start, slot.fits, slot.reason])).toEqual([
      ["2026-12-01T18:30:00.000Z", false, "The client already has a busy time at that time."],
      ["2026-12-01T20:00:00.000Z", true, null],
    ]);
  });
});
