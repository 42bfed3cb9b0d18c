// Google Calendar against a local stub of Google's OAuth and Calendar API: consent, the code exchange, freeBusy as
// conflicts in check_availability, token refresh, events.insert of the booked appointment (once), disconnecting.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getOverview } from "@/app/api/calendar/route";
import { GET as getConnect } from "@/app/api/calendar/google/connect/route";
import { GET as getCallback } from "@/app/api/calendar/google/callback/route";
import { DELETE as deleteGoogle } from "@/app/api/calendar/google/route";
import { getGoogleCalendarConnection } from "@/db/calendar-google";
import { getDb } from "@/db/client";
import { seedDemoDirectory } from "@/db/providers";
import { googleCalendarConnections } from "@/db/schema";
import { getAuth } from "@/lib/auth/auth";
import { checkAvailability, requestBooking } from "@/lib/booking/in-call-tools";
import { forgetGoogleBusyTimes } from "@/lib/calendar/google/google-busy-times";
import { addAppointmentToGoogleCalendar, googleEventIdFor } from "@/lib/calendar/google/google-export";
import { fixedClock } from "@/lib/clock";
import { resetConfigForTests } from "@/lib/config";
import { overrideRuntime } from "@/lib/runtime";
import { eq } from "drizzle-orm";
import { startGoogleStub, type GoogleStub } from "../support/google-calendar-stub";
import { anonymousSession, eventually, jsonRequest } from "./helpers";
import { createBookingWithProviderCalls } from "./support/booking-fixtures";
import { runJobsDuringTests } from "@/tests/support/job-runner";

// Calls, reactions and webhooks run in the background, as on a server.
runJobsDuringTests();

const clock = fixedClock("2026-11-26T15:00:00Z");
let google: GoogleStub;
let restoreRuntime: () => void;

beforeAll(async () => {
  google = await startGoogleStub();
  Object.assign(process.env, {
    GOOGLE_CALENDAR_CLIENT_ID: google.clientId,
    GOOGLE_CALENDAR_CLIENT_SECRET: google.clientSecret,
    GOOGLE_OAUTH_AUTHORIZE_URL: google.authorizeUrl,
    GOOGLE_OAUTH_TOKEN_URL: google.tokenUrl,
    GOOGLE_CALENDAR_API_BASE_URL: google.baseUrl,
  });
  resetConfigForTests();
  await seedDemoDirectory();
  restoreRuntime = overrideRuntime({ clock });
});
afterAll(async () => {
  restoreRuntime();
  await google.close();
  for (const key of [
    "GOOGLE_CALENDAR_CLIENT_ID",
    "GOOGLE_CALENDAR_CLIENT_SECRET",
    "GOOGLE_OAUTH_AUTHORIZE_URL",
    "GOOGLE_OAUTH_TOKEN_URL",
    "GOOGLE_CALENDAR_API_BASE_URL",
  ]) {
    delete process.env[key];
  }
  resetConfigForTests();
});

async function connectedPerson() {
  const cookie = await anonymousSession();
  const userId = (await getAuth().api.getSession({ headers: new Headers({ cookie }) }))!.user.id;
  const consent = await getConnect(jsonRequest("/api/calendar/google/connect", { cookie }), {});
  expect(consent.status).toBe(302);
  const location = new URL(consent.headers.get("location")!);
  const stateCookie = consent.headers.get("set-cookie")!.split(";")[0];
  const state = location.searchParams.get("state")!;
  const callback = await getCallback(
    jsonRequest(`/api/calendar/google/callback?state=${state}&code=${google.authorizationCode}`, {
      cookie: `${cookie}; ${stateCookie}`,
    }),
    {},
  );
  return { cookie, userId, consent, location, stateCookie, callback };
}

describe("connecting Google Calendar", () => {
  it("sends the person to Google's consent page with the documented parameters and a state cookie", async () => {
    const { location, stateCookie, callback, userId, cookie } = await connectedPerson();
    expect(`${location.origin}${location.pathname}`).toBe(google.authorizeUrl);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      client_id: google.clientId,
      redirect_uri: "http://127.0.0.1:3000/api/calendar/google/callback",
      response_type: "code",
      scope:
        "https://www.googleapis.com/auth/calendar.freebusy https://www.googleapis.com/auth/calendar.events",
      access_type: "offline",
      prompt: "consent",
    });
    expect(stateCookie).toMatch(/^callpilot_google_state=[A-Za-z0-9_-]{32}$/);

    expect(callback.status).toBe(303);
    expect(callback.headers.get("location")).toBe("http://127.0.0.1:3000/calendar?google=connected");
    expect(google.tokenRequests.at(-1)).toMatchObject({
      grant_type: "authorization_code",
      code: google.authorizationCode,
      redirect_uri: "http://127.0.0.1:3000/api/calendar/google/callback",
      client_id: google.clientId,
      client_secret: google.clientSecret,
    });
    const stored = await getGoogleCalendarConnection(userId);
    // Tokens are sealed at rest, never stored as Google sent them.
    expect(stored?.accessTokenSealed).not.toMatch(/access-/);
    expect(stored?.refreshTokenSealed).not.toContain("refresh-1");
    const overview = await (await getOverview(jsonRequest("/api/calendar", { cookie }), {})).json();
    expect(overview.google).toEqual({ available: true, connected: true, last_error: null });
  });

  it("refuses a callback whose state does not match the browser's cookie", async () => {
    const cookie = await anonymousSession();
    const userId = (await getAuth().api.getSession({ headers: new Headers({ cookie }) }))!.user.id;
    const forged = await getCallback(
      jsonRequest(`/api/calendar/google/callback?state=forged&code=${google.authorizationCode}`, {
        cookie: `${cookie}; callpilot_google_state=another-state`,
      }),
      {},
    );
    expect(forged.headers.get("location")).toMatch(/google=failed$/);
    expect(await getGoogleCalendarConnection(userId)).toBeUndefined();
  });
});

describe("using the connection", () => {
  it("Google's busy times are conflicts in check_availability, labelled like any busy time", async () => {
    const { userId } = await connectedPerson();
    forgetGoogleBusyTimes();
    google.busy = [{ start: "2026-12-01T14:00:00Z", end: "2026-12-01T15:00:00Z" }];
    const { callIds } = await createBookingWithProviderCalls({
      userId,
      callCount: 1,
      mode: "auto",
      now: clock.now(),
      status: "in_progress",
    });
    const answer = await checkAvailability(
      { callId: callIds[0], start: new Date("2026-12-01T14:30:00Z") },
      clock,
    );
    expect(answer.code).toBe("unavailable");
    expect(answer.say).toContain("a busy time");
    const request = google.freeBusyRequests.at(-1)!;
    expect(request.authorization).toMatch(/^Bearer access-\d+$/);
    expect(request.body).toMatchObject({ items: [{ id: "primary" }] });
    expect(Date.parse(request.body.timeMin as string)).toBeLessThanOrEqual(
      Date.parse("2026-12-01T14:30:00Z"),
    );
  });

  it("refreshes an expired access token before asking, and records a revoked connection", async () => {
    const { userId, cookie } = await connectedPerson();
    forgetGoogleBusyTimes();
    await getDb()
      .update(googleCalendarConnections)
      .set({ accessTokenExpiresAt: new Date("2026-11-26T14:00:00Z") })
      .where(eq(googleCalendarConnections.userId, userId));
    const refreshesBefore = google.tokenRequests.filter((r) => r.grant_type === "refresh_token").length;
    const { callIds } = await createBookingWithProviderCalls({
      userId,
      callCount: 1,
      mode: "auto",
      now: clock.now(),
      status: "in_progress",
    });
    await checkAvailability({ callId: callIds[0], start: new Date("2026-12-02T14:30:00Z") }, clock);
    expect(google.tokenRequests.filter((r) => r.grant_type === "refresh_token")).toHaveLength(
      refreshesBefore + 1,
    );

    forgetGoogleBusyTimes();
    google.revokedRefreshTokens.add("refresh-1");
    google.validAccessTokens.clear();
    const stillWorks = await checkAvailability(
      { callId: callIds[0], start: new Date("2026-12-02T16:30:00Z") },
      clock,
    );
    expect(stillWorks.code).toBe("available");
    const overview = await (await getOverview(jsonRequest("/api/calendar", { cookie }), {})).json();
    expect(overview.google.last_error).toMatch(/connect Google Calendar again/);
    google.revokedRefreshTokens.clear();
  });

  it("writes the booked appointment into Google Calendar once, however often it is asked", async () => {
    const { userId } = await connectedPerson();
    const { bookingId, callIds } = await createBookingWithProviderCalls({
      userId,
      callCount: 1,
      mode: "auto",
      now: clock.now(),
      status: "in_progress",
    });
    google.busy = [];
    forgetGoogleBusyTimes();
    const approved = await requestBooking(
      { callId: callIds[0], start: new Date("2026-12-03T15:00:00Z") },
      clock,
    );
    expect(approved.code).toBe("approved");
    const inserted = await eventually(
      async () => google.insertedEvents.filter((event) => event.id === googleEventIdFor(bookingId)),
      (events) => events.length === 1,
    );
    expect(inserted[0]).toMatchObject({
      iCalUID: `${bookingId}@callpilot`,
      summary: expect.stringMatching(/^Dentist at /),
      start: { dateTime: "2026-12-03T15:00:00.000Z", timeZone: "America/New_York" },
      end: { dateTime: "2026-12-03T16:00:00.000Z" },
    });
    expect(inserted[0].id).toMatch(/^[a-v0-9]{5,1024}$/);
    expect(await addAppointmentToGoogleCalendar(bookingId, clock)).toBe("exists");
    expect(google.insertedEvents.filter((event) => event.id === googleEventIdFor(bookingId))).toHaveLength(1);
  });

  it("disconnecting forgets the tokens; a second disconnect is a 404", async () => {
    const { cookie, userId } = await connectedPerson();
    const first = await deleteGoogle(jsonRequest("/api/calendar/google", { cookie, method: "DELETE" }), {});
    expect(first.status).toBe(204);
    expect(await getGoogleCalendarConnection(userId)).toBeUndefined();
    const second = await deleteGoogle(jsonRequest("/api/calendar/google", { cookie, method: "DELETE" }), {});
    expect(second.status).toBe(404);
  });
});
