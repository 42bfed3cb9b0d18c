// The person's calendar over its REST routes: busy blocks, .ics import, subscriptions to a local .ics server,
// the private feed, and that every route answers only for the caller's own data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getOverview } from "@/app/api/calendar/route";
import { POST as postBusyBlock } from "@/app/api/calendar/busy-blocks/route";
import { DELETE as deleteBusyBlock } from "@/app/api/calendar/busy-blocks/[id]/route";
import { POST as postSubscription } from "@/app/api/calendar/sources/route";
import { POST as postImport } from "@/app/api/calendar/sources/import/route";
import { DELETE as deleteSource } from "@/app/api/calendar/sources/[id]/route";
import { POST as postRefresh } from "@/app/api/calendar/sources/[id]/refresh/route";
import { DELETE as deleteFeed, POST as postFeed } from "@/app/api/calendar/feed/route";
import { GET as getFeed } from "@/app/api/calendar/feed/[token]/route";
import { GET as getConnect } from "@/app/api/calendar/google/connect/route";
import { DELETE as deleteGoogle } from "@/app/api/calendar/google/route";
import { getDb } from "@/db/client";
import { seedDemoDirectory } from "@/db/providers";
import { bookings } from "@/db/schema";
import { fixedClock } from "@/lib/clock";
import { resetConfigForTests } from "@/lib/config";
import { overrideRuntime } from "@/lib/runtime";
import { eq } from "drizzle-orm";
import { sampleCalendar, startIcsServer, type IcsServer } from "../support/ics-server";
import { anonymousSession, emailSession, jsonRequest, params } from "./helpers";
import { createBookingWithProviderCalls } from "./support/booking-fixtures";

const clock = fixedClock("2026-11-26T15:00:00Z");
let restoreRuntime: () => void;
let server: IcsServer;

beforeAll(async () => {
  process.env.CALENDAR_FETCH_ALLOW_PRIVATE = "true";
  resetConfigForTests();
  await seedDemoDirectory();
  restoreRuntime = overrideRuntime({ clock });
  server = await startIcsServer(sampleCalendar());
});
afterAll(async () => {
  restoreRuntime();
  await server.close();
  delete process.env.CALENDAR_FETCH_ALLOW_PRIVATE;
  resetConfigForTests();
});

const overview = async (cookie: string) =>
  (await getOverview(jsonRequest("/api/calendar", { cookie }), {})).json();

function importRequest(
  cookie: string | undefined,
  body: string,
  query = "?name=work.ics&time_zone=America/New_York",
) {
  return new Request(`http://127.0.0.1:3000/api/calendar/sources/import${query}`, {
    method: "POST",
    headers: { host: "127.0.0.1:3000", "content-type": "text/calendar", ...(cookie && { cookie }) },
    body,
  });
}

describe("who may use the calendar routes", () => {
  it("every calendar route needs a session (401), except the feed, which needs its token", async () => {
    const noSession = [
      await getOverview(jsonRequest("/api/calendar"), {}),
      await postBusyBlock(jsonRequest("/api/calendar/busy-blocks", { body: {} }), {}),
      await deleteBusyBlock(
        jsonRequest("/api/calendar/busy-blocks/x", { method: "DELETE" }),
        params({ id: "x" }),
      ),
      await postSubscription(jsonRequest("/api/calendar/sources", { body: { url: server.url } }), {}),
      await postImport(importRequest(undefined, sampleCalendar()), {}),
      await deleteSource(jsonRequest("/api/calendar/sources/x", { method: "DELETE" }), params({ id: "x" })),
      await postRefresh(
        jsonRequest("/api/calendar/sources/x/refresh", { method: "POST" }),
        params({ id: "x" }),
      ),
      await postFeed(jsonRequest("/api/calendar/feed", { method: "POST" }), {}),
      await deleteFeed(jsonRequest("/api/calendar/feed", { method: "DELETE" }), {}),
      await getConnect(jsonRequest("/api/calendar/google/connect"), {}),
      await deleteGoogle(jsonRequest("/api/calendar/google", { method: "DELETE" }), {}),
    ];
    for (const response of noSession) {
      expect(response.status).toBe(401);
      expect((await response.json()).error).toMatch(/session/i);
    }
    const feed = await getFeed(jsonRequest("/api/calendar/feed/nope.ics"), params({ token: "nope.ics" }));
    expect(feed.status).toBe(404);
  });

  it("another person's busy block or calendar is a 404, and stays in place", async () => {
    const owner = await anonymousSession();
    const stranger = await anonymousSession();
    const block = await (
      await postBusyBlock(
        jsonRequest("/api/calendar/busy-blocks", {
          cookie: owner,
          body: { start: "2026-12-01T14:00:00Z", end: "2026-12-01T16:00:00Z", title: "Physio" },
        }),
        {},
      )
    ).json();
    const source = await (await postImport(importRequest(owner, sampleCalendar()), {})).json();

    const steal = [
      await deleteBusyBlock(
        jsonRequest(`/api/calendar/busy-blocks/${block.id}`, { cookie: stranger, method: "DELETE" }),
        params({ id: block.id }),
      ),
      await deleteSource(
        jsonRequest(`/api/calendar/sources/${source.id}`, { cookie: stranger, method: "DELETE" }),
        params({ id: source.id }),
      ),
      await postRefresh(
        jsonRequest(`/api/calendar/sources/${source.id}/refresh`, { cookie: stranger, method: "POST" }),
        params({ id: source.id }),
      ),
    ];
    expect(steal.map((r) => r.status)).toEqual([404, 404, 404]);
    const strangerView = await overview(stranger);
    expect(strangerView.busy_blocks).toEqual([]);
    expect(strangerView.sources).toEqual([]);
    const ownerView = await overview(owner);
    expect(ownerView.busy_blocks.map((b: { id: string }) => b.id)).toEqual([block.id]);
    expect(ownerView.sources.map((s: { id: string }) => s.id)).toEqual([source.id]);
  });
});

describe("busy blocks", () => {
  it("adds, lists and deletes a busy block, and refuses one that ends before it starts or is over", async () => {
    const cookie = await anonymousSession();
    const added = await postBusyBlock(
      jsonRequest("/api/calendar/busy-blocks", {
        cookie,
        body: { start: "2026-12-01T09:00:00-05:00", end: "2026-12-01T11:00:00-05:00", title: "School run" },
      }),
      {},
    );
    expect(added.status).toBe(201);
    const block = await added.json();
    expect(block).toMatchObject({
      title: "School run",
      start: "2026-12-01T14:00:00.000Z",
      end: "2026-12-01T16:00:00.000Z",
    });
    expect((await overview(cookie)).upcoming).toEqual([
      expect.objectContaining({ source: "manual", title: "School run", start: "2026-12-01T14:00:00.000Z" }),
    ]);

    const backwards = await postBusyBlock(
      jsonRequest("/api/calendar/busy-blocks", {
        cookie,
        body: { start: "2026-12-01T11:00:00Z", end: "2026-12-01T09:00:00Z" },
      }),
      {},
    );
    expect(backwards.status).toBe(400);
    expect((await backwards.json()).error).toMatch(/start before it ends/);
    const past = await postBusyBlock(
      jsonRequest("/api/calendar/busy-blocks", {
        cookie,
        body: { start: "2026-11-01T09:00:00Z", end: "2026-11-01T10:00:00Z" },
      }),
      {},
    );
    expect(past.status).toBe(400);

    const removed = await deleteBusyBlock(
      jsonRequest(`/api/calendar/busy-blocks/${block.id}`, { cookie, method: "DELETE" }),
      params({ id: block.id }),
    );
    expect(removed.status).toBe(204);
    expect((await overview(cookie)).busy_blocks).toEqual([]);
  });
});

describe("importing an .ics file", () => {
  it("keeps a readable file and shows its expanded events, titles included, to its owner", async () => {
    const cookie = await anonymousSession();
    const response = await postImport(importRequest(cookie, sampleCalendar()), {});
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({
      kind: "file",
      name: "work.ics",
      url: null,
      time_zone: "America/New_York",
      event_count: 2,
    });
    const upcoming = (await overview(cookie)).upcoming;
    // Four weeks from Thursday 26 November: Mondays 30 Nov, 7, 14 and 21 Dec at 09:00 New York, and one dinner.
    expect(upcoming.map((u: { title: string; start: string }) => [u.title, u.start])).toEqual([
      ["Therapy session", "2026-11-30T14:00:00.000Z"],
      ["Dinner with Alex", "2026-12-02T23:00:00.000Z"],
      ["Therapy session", "2026-12-07T14:00:00.000Z"],
      ["Therapy session", "2026-12-14T14:00:00.000Z"],
      ["Therapy session", "2026-12-21T14:00:00.000Z"],
    ]);
    expect(upcoming[0]).toMatchObject({ source: "file", uid: "weekly-review@example.test", all_day: false });
  });

  it("refuses a file that is not a calendar, an empty body and one over the size limit", async () => {
    const cookie = await anonymousSession();
    const bad = await postImport(importRequest(cookie, "name,start\nDentist,tomorrow"), {});
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toMatch(/iCalendar/);
    const empty = await postImport(importRequest(cookie, ""), {});
    expect(empty.status).toBe(400);
    const huge = await postImport(importRequest(cookie, "x".repeat(5 * 1024 * 1024 + 1)), {});
    expect(huge.status).toBe(413);
    expect((await overview(cookie)).sources).toEqual([]);
  });
});

describe("subscribing to an .ics URL", () => {
  it("fetches the calendar now, refreshes it on request, and keeps the last good copy when a refresh fails", async () => {
    const cookie = await anonymousSession();
    server.ics = sampleCalendar();
    server.failWith = null;
    const created = await postSubscription(
      jsonRequest("/api/calendar/sources", {
        cookie,
        body: { url: server.url, name: "Family" },
      }),
      {},
    );
    expect(created.status).toBe(201);
    const source = await created.json();
    expect(source).toMatchObject({
      kind: "url",
      name: "Family",
      url: server.url,
      event_count: 2,
      last_error: null,
    });

    server.ics = sampleCalendar({ weeklyTitle: "Piano lesson" });
    const refreshed = await postRefresh(
      jsonRequest(`/api/calendar/sources/${source.id}/refresh`, { cookie, method: "POST" }),
      params({ id: source.id }),
    );
    expect(refreshed.status).toBe(200);
    expect((await overview(cookie)).upcoming[0].title).toBe("Piano lesson");

    server.failWith = 503;
    const failed = await postRefresh(
      jsonRequest(`/api/calendar/sources/${source.id}/refresh`, { cookie, method: "POST" }),
      params({ id: source.id }),
    );
    expect(failed.status).toBe(400);
    expect((await failed.json()).error).toMatch(/HTTP 503/);
    const after = await overview(cookie);
    expect(after.sources[0].last_error).toMatch(/HTTP 503/);
    expect(after.upcoming[0].title).toBe("Piano lesson");
    server.failWith = null;

    const again = await postSubscription(
      jsonRequest("/api/calendar/sources", { cookie, body: { url: server.url } }),
      {},
    );
    expect(again.status).toBe(409);
  });

  it("follows a redirect, but refuses a redirect loop, an oversized calendar, a non-calendar and a non-web address", async () => {
    const cookie = await anonymousSession();
    const subscribe = (url: string) =>
      postSubscription(jsonRequest("/api/calendar/sources", { cookie, body: { url } }), {});
    expect((await subscribe(`${server.baseUrl}/moved.ics`)).status).toBe(201);
    const loop = await subscribe(`${server.baseUrl}/loop.ics`);
    expect(loop.status).toBe(400);
    expect((await loop.json()).error).toMatch(/redirects too many times/);
    expect((await subscribe(`${server.baseUrl}/huge.ics`)).status).toBe(413);
    server.ics = "<html>Not a calendar</html>";
    expect((await subscribe(`${server.baseUrl}/calendar.ics?other`)).status).toBe(400);
    server.ics = sampleCalendar();
    const ftp = await subscribe("ftp://example.test/cal.ics");
    expect(ftp.status).toBe(400);
    expect((await ftp.json()).error).toMatch(/http, https and webcal/);
  });

  it("refuses a loopback address unless CALENDAR_FETCH_ALLOW_PRIVATE is set", async () => {
    process.env.CALENDAR_FETCH_ALLOW_PRIVATE = "false";
    resetConfigForTests();
    try {
      const cookie = await anonymousSession();
      const response = await postSubscription(
        jsonRequest("/api/calendar/sources", { cookie, body: { url: server.url } }),
        {},
      );
      expect(response.status).toBe(400);
      expect((await response.json()).error).toMatch(/private or local address/);
      const byName = await postSubscription(
        jsonRequest("/api/calendar/sources", {
          cookie,
          body: { url: server.url.replace("127.0.0.1", "localhost") },
        }),
        {},
      );
      expect(byName.status).toBe(400);
      expect((await byName.json()).error).toMatch(/private or local address/);
    } finally {
      process.env.CALENDAR_FETCH_ALLOW_PRIVATE = "true";
      resetConfigForTests();
    }
  });
});

describe("fetching calendars on request", () => {
  it("is rate-limited per person: past the limit, subscribing and refreshing answer 429 and fetch nothing", async () => {
    process.env.RATE_LIMITS = "on";
    process.env.RATE_LIMIT_CALENDAR_FETCH_PER_MINUTE = "2";
    resetConfigForTests();
    try {
      const cookie = await anonymousSession();
      server.ics = sampleCalendar();
      server.failWith = null;
      const created = await postSubscription(
        jsonRequest("/api/calendar/sources", { cookie, body: { url: server.url } }),
        {},
      );
      expect(created.status).toBe(201);
      const { id } = await created.json();
      const refresh = () =>
        postRefresh(
          jsonRequest(`/api/calendar/sources/${id}/refresh`, { cookie, method: "POST" }),
          params({ id }),
        );
      expect((await refresh()).status).toBe(200);
      const fetchesBefore = server.requests;
      const refused = await refresh();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
      expect((await refused.json()).error).toMatch(/^Calendars were fetched too often/);
      const another = await postSubscription(
        jsonRequest("/api/calendar/sources", { cookie, body: { url: `${server.baseUrl}/moved.ics` } }),
        {},
      );
      expect(another.status).toBe(429);
      expect(server.requests).toBe(fetchesBefore);
    } finally {
      process.env.RATE_LIMITS = "off";
      delete process.env.RATE_LIMIT_CALENDAR_FETCH_PER_MINUTE;
      resetConfigForTests();
    }
  });
});

describe("the private feed", () => {
  it("lists only the person's booked appointments, and a new or revoked token retires the old URL", async () => {
    const cookie = await emailSession("feed-owner@example.test");
    const someoneElse = await emailSession("feed-other@example.test");
    const ownerId = (await sessionUserId(cookie))!;
    const otherId = (await sessionUserId(someoneElse))!;
    await bookAppointment(ownerId, "2026-12-01T15:00:00Z");
    await bookAppointment(otherId, "2026-12-02T15:00:00Z");

    const issued = await postFeed(jsonRequest("/api/calendar/feed", { cookie, method: "POST" }), {});
    expect(issued.status).toBe(201);
    const { url } = await issued.json();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:3000\/api\/calendar\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    expect((await overview(cookie)).feed.url).toBe(url);

    const token = url.split("/").pop()!;
    const feed = await getFeed(new Request(url), params({ token }));
    expect(feed.status).toBe(200);
    expect(feed.headers.get("content-type")).toMatch(/text\/calendar/);
    const text = await feed.text();
    expect(text).toContain("X-WR-CALNAME:CallPilot appointments");
    expect(text).toContain("DTSTART:20261201T150000Z");
    expect(text).not.toContain("DTSTART:20261202T150000Z");
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);

    const renewed = await (
      await postFeed(jsonRequest("/api/calendar/feed", { cookie, method: "POST" }), {})
    ).json();
    expect(renewed.url).not.toBe(url);
    expect((await getFeed(new Request(url), params({ token }))).status).toBe(404);
    const newToken = renewed.url.split("/").pop()!;
    expect((await getFeed(new Request(renewed.url), params({ token: newToken }))).status).toBe(200);

    expect(
      (await deleteFeed(jsonRequest("/api/calendar/feed", { cookie, method: "DELETE" }), {})).status,
    ).toBe(204);
    expect((await getFeed(new Request(renewed.url), params({ token: newToken }))).status).toBe(404);
    expect((await overview(cookie)).feed).toEqual({ url: null, created_at: null });
    expect(
      (await deleteFeed(jsonRequest("/api/calendar/feed", { cookie, method: "DELETE" }), {})).status,
    ).toBe(404);
  });
});

describe("Google Calendar without credentials", () => {
  it("is reported unavailable and its routes answer 404, never an error", async () => {
    const cookie = await anonymousSession();
    expect((await overview(cookie)).google).toEqual({ available: false, connected: false, last_error: null });
    const connect = await getConnect(jsonRequest("/api/calendar/google/connect", { cookie }), {});
    expect(connect.status).toBe(404);
    const disconnect = await deleteGoogle(
      jsonRequest("/api/calendar/google", { cookie, method: "DELETE" }),
      {},
    );
    expect(disconnect.status).toBe(404);
  });
});

/** The user id behind a session cookie. */
async function sessionUserId(cookie: string): Promise<string | undefined> {
  const { getAuth } = await import("@/lib/auth/auth");
  const session = await getAuth().api.getSession({ headers: new Headers({ cookie }) });
  return session?.user.id;
}

async function bookAppointment(userId: string, start: string): Promise<void> {
  const { bookingId, callIds } = await createBookingWithProviderCalls({
    userId,
    callCount: 1,
    mode: "auto",
    now: clock.now(),
  });
  await getDb()
    .update(bookings)
    .set({
      status: "booked",
      bookedCallId: callIds[0],
      bookedProviderId: "dentist-cambridge-ma-1",
      bookedSlotStart: new Date(start),
      bookedSlotEnd: new Date(Date.parse(start) + 3_600_000),
    })
    .where(eq(bookings.id, bookingId));
}
