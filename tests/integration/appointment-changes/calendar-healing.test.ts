// Issue 16: the calendars follow a cancelled or moved appointment, and a crash between "the business agreed" and
// "the calendar is updated" heals. Google Calendar is a local stub of its documented API; the agreement is written
// with the call's end, and the reaction job that updates the booking and the calendars runs again after a failure.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getConnect } from "@/app/api/calendar/google/connect/route";
import { GET as getCallback } from "@/app/api/calendar/google/callback/route";
import { getBooking } from "@/db/bookings";
import { listCallEventsSince } from "@/db/call-events";
import { seedDemoDirectory } from "@/db/providers";
import { reactToCallEvent } from "@/lib/call-event-reactions";
import { addAppointmentToGoogleCalendar, googleEventIdFor } from "@/lib/calendar/google/google-export";
import { resetConfigForTests } from "@/lib/config";
import { getRuntime } from "@/lib/runtime";
import { runJobsDuringTests } from "@/tests/support/job-runner";
import { startGoogleStub, type GoogleStub } from "../../support/google-calendar-stub";
import { anonymousSession, eventually, jsonRequest } from "../helpers";
import {
  bookedAppointment,
  bookingView,
  cancelAppointmentRoute,
  dentists,
  feedOf,
  feedStartOf,
  rescheduleRoute,
} from "./fixtures";

runJobsDuringTests();

let google: GoogleStub;
const googleEnv = {
  GOOGLE_CALENDAR_CLIENT_ID: "",
  GOOGLE_CALENDAR_CLIENT_SECRET: "",
  GOOGLE_OAUTH_AUTHORIZE_URL: "",
  GOOGLE_OAUTH_TOKEN_URL: "",
  GOOGLE_CALENDAR_API_BASE_URL: "",
};

beforeAll(async () => {
  google = await startGoogleStub();
  Object.assign(googleEnv, {
    GOOGLE_CALENDAR_CLIENT_ID: google.clientId,
    GOOGLE_CALENDAR_CLIENT_SECRET: google.clientSecret,
    GOOGLE_OAUTH_AUTHORIZE_URL: google.authorizeUrl,
    GOOGLE_OAUTH_TOKEN_URL: google.tokenUrl,
    GOOGLE_CALENDAR_API_BASE_URL: google.baseUrl,
  });
  Object.assign(process.env, googleEnv);
  resetConfigForTests();
  await seedDemoDirectory();
});
afterAll(async () => {
  await google.close();
  for (const key of Object.keys(googleEnv)) delete process.env[key];
  resetConfigForTests();
});

/** A person who connected Google Calendar (consent, then the callback with the stub's code). */
async function connectedCookie(): Promise<string> {
  const cookie = await anonymousSession();
  const consent = await getConnect(jsonRequest("/api/calendar/google/connect", { cookie }), {});
  const state = new URL(consent.headers.get("location")!).searchParams.get("state")!;
  const stateCookie = consent.headers.get("set-cookie")!.split(";")[0];
  const callback = await getCallback(
    jsonRequest(`/api/calendar/google/callback?state=${state}&code=${google.authorizationCode}`, {
      cookie: `${cookie}; ${stateCookie}`,
    }),
    {},
  );
  expect(callback.status).toBe(303);
  return cookie;
}

const eventIn = (bookingId: string) =>
  google.insertedEvents.find((e) => e.id === googleEventIdFor(bookingId));

describe("the calendars after a cancellation or a move by phone", () => {
  it("a crash between the business's agreement and the calendar update heals when the reaction job runs again", async () => {
    const appointment = await bookedAppointment(dentists.agrees, await connectedCookie());
    const { cookie, userId, bookingId } = appointment;
    expect(await addAppointmentToGoogleCalendar(bookingId, getRuntime().clock)).toBe("created");
    const feed = await feedOf(userId);
    // Google fails the first removal: the reaction job dies after the booking was marked, before the calendar.
    google.failNextDeletes = 1;

    expect((await cancelAppointmentRoute(cookie, bookingId)).status).toBe(202);
    const halfway = await eventually(
      async () => ({ booking: await getBooking(bookingId), failures: google.failNextDeletes }),
      ({ booking, failures }) => booking?.status === "canceled" && failures === 0,
    );
    expect(halfway.booking?.appointmentCanceledAt).not.toBeNull();
    // Healed by the job's next run (two seconds later), with nothing done twice.
    await eventually(
      async () => google.deletedEventIds,
      (ids) => ids.includes(googleEventIdFor(bookingId)),
      15_000,
    );
    expect(eventIn(bookingId)).toBeUndefined();
    expect(feedStartOf(await feed(), bookingId)).toBeNull();
    const events = await listCallEventsSince(bookingId, 0);
    const agreed = events.filter((event) => event.type === "appointment_canceled");
    expect(agreed).toHaveLength(1);
    expect(events.filter((e) => e.type === "booking_status" && e.payload.status === "canceled")).toHaveLength(
      1,
    );

    // The whole reaction once more (an instance that died mid-run, redelivered): nothing changes.
    const cancelledAt = (await getBooking(bookingId))!.appointmentCanceledAt;
    const { clock, config, dialer } = getRuntime();
    await reactToCallEvent({ bookingId, seq: agreed[0].seq }, { clock, config, dialer });
    expect((await getBooking(bookingId))!.appointmentCanceledAt).toEqual(cancelledAt);
    expect(
      (await listCallEventsSince(bookingId, 0)).filter(
        (e) => e.type === "booking_status" && e.payload.status === "canceled",
      ),
    ).toHaveLength(1);
    const view = await bookingView(cookie, bookingId);
    expect(view.appointment_change?.state).toBe("cancelled");
  });

  it("a moved appointment's Google event moves with it", async () => {
    const { cookie, bookingId } = await bookedAppointment(dentists.agrees, await connectedCookie());
    expect(await addAppointmentToGoogleCalendar(bookingId, getRuntime().clock)).toBe("created");
    const monday = new Date(Date.now() + 14 * 86_400_000);
    const window = {
      start: monday.toISOString(),
      end: new Date(monday.getTime() + 5 * 86_400_000).toISOString(),
    };
    expect((await rescheduleRoute(cookie, bookingId, { window })).status).toBe(202);
    const booking = await eventually(
      () => getBooking(bookingId),
      (b) => (b?.bookedSlotStart?.getTime() ?? 0) >= Date.parse(window.start),
    );
    await eventually(
      async () => eventIn(bookingId),
      (event) =>
        Date.parse((event?.start as { dateTime: string }).dateTime) === booking!.bookedSlotStart!.getTime(),
    );
  });
});
