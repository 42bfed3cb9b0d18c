// What one person may hold, through the routes: new requests (tasks) per UTC day, busy times still to come, and open
// live-update streams. Each refusal is a 4xx with a sentence saying what to do; other people are never affected.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET as getBookingEvents } from "@/app/api/booking/[id]/events/route";
import { DELETE as deleteBusyBlock } from "@/app/api/calendar/busy-blocks/[id]/route";
import { POST as postBusyBlock } from "@/app/api/calendar/busy-blocks/route";
import { POST as postTask } from "@/app/api/task/route";
import { seedDemoDirectory } from "@/db/providers";
import { countStreamLeases } from "@/db/stream-leases";
import { fixedClock } from "@/lib/clock";
import { overrideRuntime } from "@/lib/runtime";
import { pauseBackgroundJobs } from "@/tests/support/job-runner";
import { baseUrl, eventually, jsonRequest, params } from "../helpers";
import { createBookingWithProviderCalls } from "../support/booking-fixtures";
import { person, useEnv } from "./support";

pauseBackgroundJobs();
beforeAll(async () => {
  useEnv({ TASKS_PER_PERSON_PER_DAY: "3", BUSY_BLOCKS_PER_PERSON: "2", SSE_CONNECTIONS_PER_PERSON: "2" });
  await seedDemoDirectory();
});

let restoreRuntime = () => {};
afterEach(() => restoreRuntime());

describe("new requests per person per day", () => {
  it("lets exactly 3 of 8 concurrent new requests through; the rest are 429s until midnight UTC", async () => {
    // 15:00 UTC: nine hours until the day's allowance comes back.
    restoreRuntime = overrideRuntime({ clock: fixedClock("2026-11-25T15:00:00Z") });
    const { cookie } = await person();
    const start = () => postTask(jsonRequest("/api/task", { cookie, body: { time_zone: "UTC" } }), {});
    const responses = await Promise.all(Array.from({ length: 8 }, start));
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(3);
    expect(statuses.filter((status) => status === 429)).toHaveLength(5);
    const refused = responses.find((response) => response.status === 429)!;
    expect(refused.headers.get("retry-after")).toBe(String(9 * 3600));
    expect((await refused.json()).error).toBe(
      "You have started 3 new requests today, the most CallPilot allows per person per day: carry on in one you already started. You can try again after midnight UTC (9 h 00 min from now).",
    );

    const someoneElse = await person();
    const theirs = await postTask(
      jsonRequest("/api/task", { cookie: someoneElse.cookie, body: { time_zone: "UTC" } }),
      {},
    );
    expect(theirs.status).toBe(201);
  });
});

describe("busy times per person", () => {
  const addBlock = (cookie: string, start: string, end: string) =>
    postBusyBlock(jsonRequest("/api/calendar/busy-blocks", { cookie, body: { start, end } }), {});

  it("keeps at most 2 busy times still to come: a third is a 409; removing one or letting one pass makes room", async () => {
    restoreRuntime = overrideRuntime({ clock: fixedClock("2026-11-25T15:00:00Z") });
    const { cookie } = await person();
    const responses = await Promise.all([
      addBlock(cookie, "2026-11-25T16:00:00Z", "2026-11-25T17:00:00Z"),
      addBlock(cookie, "2026-11-27T16:00:00Z", "2026-11-27T17:00:00Z"),
      addBlock(cookie, "2026-11-28T16:00:00Z", "2026-11-28T17:00:00Z"),
      addBlock(cookie, "2026-11-29T16:00:00Z", "2026-11-29T17:00:00Z"),
    ]);
    expect(responses.map((response) => response.status).sort()).toEqual([201, 201, 409, 409]);
    const refused = responses.find((response) => response.status === 409)!;
    expect((await refused.json()).error).toBe(
      "You already have 2 busy times still to come, the most CallPilot keeps for one person: remove ones you no longer need, then add this one.",
    );

    const kept = await Promise.all(
      responses.filter((response) => response.status === 201).map((response) => response.json()),
    );
    const removed = await deleteBusyBlock(
      jsonRequest(`/api/calendar/busy-blocks/${kept[0].id}`, { cookie, method: "DELETE" }),
      params({ id: kept[0].id }),
    );
    expect(removed.status).toBe(204);
    expect((await addBlock(cookie, "2026-11-30T16:00:00Z", "2026-11-30T17:00:00Z")).status).toBe(201);
    expect((await addBlock(cookie, "2026-12-01T16:00:00Z", "2026-12-01T17:00:00Z")).status).toBe(409);

    // A month later every one of them is over, and none counts any more.
    restoreRuntime();
    restoreRuntime = overrideRuntime({ clock: fixedClock("2026-12-25T15:00:00Z") });
    expect((await addBlock(cookie, "2026-12-26T16:00:00Z", "2026-12-26T17:00:00Z")).status).toBe(201);
  });
});

describe("open live-update streams per person", () => {
  async function bookingOf(userId: string): Promise<string> {
    const { bookingId } = await createBookingWithProviderCalls({
      userId,
      callCount: 1,
      mode: "review",
      now: new Date(),
    });
    return bookingId;
  }

  function openEvents(cookie: string, bookingId: string) {
    const client = new AbortController();
    const request = new Request(`${baseUrl}/api/booking/${bookingId}/events`, {
      headers: { host: "127.0.0.1:3000", cookie, accept: "text/event-stream" },
      signal: client.signal,
    });
    return { response: getBookingEvents(request, params({ id: bookingId })), close: () => client.abort() };
  }

  it("serves 2 streams at once; a third is a 429 saying what to do, until one of them closes", async () => {
    const { cookie, userId } = await person();
    const bookingId = await bookingOf(userId);
    const first = openEvents(cookie, bookingId);
    const second = openEvents(cookie, bookingId);
    expect((await first.response).status).toBe(200);
    expect((await second.response).status).toBe(200);
    expect(await countStreamLeases(userId, new Date())).toBe(2);

    const third = openEvents(cookie, bookingId);
    const refused = await third.response;
    expect(refused.status).toBe(429);
    expect((await refused.json()).error).toMatch(
      /^You already have 2 pages open that CallPilot keeps up to date live, .*close a booking page in another tab or window, then reload this one\.$/,
    );

    // Someone else's page opens whatever this person has open.
    const other = await person();
    const theirs = openEvents(other.cookie, await bookingOf(other.userId));
    expect((await theirs.response).status).toBe(200);
    theirs.close();

    // The browser closes one tab: its lease goes, and a new page may open.
    first.close();
    await eventually(
      () => countStreamLeases(userId, new Date()),
      (count) => count === 1,
    );
    const again = openEvents(cookie, bookingId);
    expect((await again.response).status).toBe(200);
    second.close();
    again.close();
    await eventually(
      () => countStreamLeases(userId, new Date()),
      (count) => count === 0,
    );
  });
});
