// In a real browser against `next start`: the person's calendar page (a busy time by hand, an imported .ics with a
// weekly event, the private feed made and revoked), and a booking whose providers came partly from a Google Places
// stub, whose page says why each found business was not called.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cambridgeDentists } from "../support/places-fixtures";
import { startPlacesStub, type PlacesStub } from "../support/places-stub";
import { openBrowser, type BrowserSession } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

const uiWait = { timeout: 15_000 };
const resultsDir = path.resolve(import.meta.dirname, "../../test-results");

let app: RunningApp;
let places: PlacesStub;
let session: BrowserSession;

beforeAll(async () => {
  places = await startPlacesStub([...cambridgeDentists]);
  app = await startApp({
    env: { GOOGLE_PLACES_API_KEY: places.apiKey, GOOGLE_PLACES_BASE_URL: places.baseUrl },
  });
  session = await openBrowser();
  fs.mkdirSync(resultsDir, { recursive: true });
});

afterAll(async () => {
  await session?.close();
  await app?.stop();
  await places?.close();
});

/** "YYYY-MM-DDTHH:MM" for a datetime-local input, `days` from now at `hour`:00 New York time (the browser's zone). */
function localInput(days: number, hour: number): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const day = new Intl.DateTimeFormat("en-CA", { timeZone: "America/New_York" }).format(date);
  return `${day}T${String(hour).padStart(2, "0")}:00`;
}

const weeklyIcs = () => {
  const start = localInput(2, 9).replace(/[-:]/g, "");
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//CallPilot e2e//EN",
    "BEGIN:VEVENT",
    "UID:e2e-weekly@example.test",
    "DTSTAMP:20260101T000000Z",
    "SUMMARY:Weekly team sync",
    `DTSTART;TZID=America/New_York:${start}00`,
    `DTEND;TZID=America/New_York:${start.slice(0, 9)}100000`,
    "RRULE:FREQ=WEEKLY;COUNT=4",
    "END:VEVENT",
    "END:VCALENDAR",
  ].join("\r\n");
};

describe("the person's calendar page", () => {
  it("adds a busy time, imports a calendar, and makes then revokes a private feed", async () => {
    const page = await session.context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${app.baseUrl}/calendar`);
    await page.getByTestId("calendar-workspace").waitFor(uiWait);
    expect(await page.getByTestId("google-calendar").count()).toBe(0);

    await page.getByTestId("busy-start").fill(localInput(1, 14));
    await page.getByTestId("busy-end").fill(localInput(1, 16));
    await page.getByTestId("busy-title").fill("Parent-teacher meeting");
    await page.getByTestId("add-busy-block").click();
    await expect
      .poll(() => page.getByTestId("busy-block-list").innerText(), uiWait)
      .toContain("Parent-teacher meeting");

    await page.getByTestId("import-ics").setInputFiles({
      name: "work.ics",
      mimeType: "text/calendar",
      buffer: Buffer.from(weeklyIcs()),
    });
    await expect
      .poll(() => page.getByTestId("calendar-source-list").innerText(), uiWait)
      .toContain("work.ics");
    const upcoming = page.getByTestId("upcoming-entry");
    await expect.poll(() => upcoming.count(), uiWait).toBe(5);
    expect(await page.getByTestId("upcoming-busy-times").innerText()).toContain("Weekly team sync");

    await page.getByTestId("create-feed").click();
    const feedUrl = await page.getByTestId("feed-url").inputValue({ timeout: 15_000 });
    expect(feedUrl).toMatch(/\/api\/calendar\/feed\/[\w-]+\.ics$/);
    // Fetched from outside the browser: no session, the token alone opens it.
    const feed = await fetch(feedUrl);
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain("BEGIN:VCALENDAR");
    await page.screenshot({ path: path.join(resultsDir, "calendar-page.png"), fullPage: true });

    await page.getByTestId("revoke-feed").click();
    await page.getByTestId("create-feed").waitFor(uiWait);
    expect((await fetch(feedUrl)).status).toBe(404);
    expect(pageErrors).toEqual([]);
  });
});

describe("provider discovery on the booking page", () => {
  it("calls businesses Google Places found and lists the rest under Not called with the reason", async () => {
    const page = await session.context.newPage();
    await page.goto(`${app.baseUrl}/calendar`);
    await page.getByTestId("calendar-workspace").waitFor(uiWait);
    const confirm = await page.request.post(`${app.baseUrl}/api/booking/request`, {
      data: {
        service_type: "dentist",
        location: "Cambridge MA",
        timeframe: "next week",
        client_name: "Sam Lee",
        time_zone: "America/New_York",
        preferences: { swarm_size: 15, mode: "review" },
      },
    });
    expect(confirm.status()).toBe(202);
    const { booking_id } = (await confirm.json()) as { booking_id: string };
    expect(places.requests.map((r) => r.path)).toContain("/v1/places:searchText");

    await page.goto(`${app.baseUrl}/booking/${booking_id}`);
    const skipped = page.getByTestId("skipped-providers");
    await skipped.waitFor(uiWait);
    await skipped.locator("summary").click();
    const text = await skipped.innerText();
    expect(text).toMatch(/Porter Square Smiles\s+has no phone number to call/);
    expect(text).toMatch(/Central Square Dental Studio\s+closed permanently/);
    expect(text).toMatch(/Worcester Dental Group\s+5\d\.\d km away, beyond the 40 km limit/);
    await expect
      .poll(() => page.getByTestId("provider-card").allInnerTexts(), uiWait)
      .toEqual(expect.arrayContaining([expect.stringContaining("Kendall Square Family Dentistry")]));
    await page.screenshot({ path: path.join(resultsDir, "booking-discovery.png"), fullPage: true });
  });
});
