// Issue 16 in a real browser against `next start` on the simulated dialer: book an appointment, move it to another
// day from the booking page, then cancel it, watching each call live; the private .ics feed reflects every step.
import { DateTime } from "luxon";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, type BrowserSession } from "./support/browser";
import { runBookingJourney } from "./support/journey";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let session: BrowserSession;

beforeAll(async () => {
  app = await startApp();
  session = await openBrowser();
});

afterAll(async () => {
  await session?.close();
  await app?.stop();
});

const uiWait = { timeout: 30_000, interval: 250 };

/** The DTSTART of the booking's event in the person's private feed, or null when the feed does not hold it. */
async function feedStart(page: Page, feedUrl: string, bookingId: string): Promise<string | null> {
  const text = (await (await page.request.get(feedUrl)).text()).replace(/\r?\n[ \t]/g, "");
  const event = text.split("BEGIN:VEVENT").find((chunk) => chunk.includes(`UID:${bookingId}@callpilot`));
  return event ? (/DTSTART[^:]*:(\S+)/.exec(event)?.[1] ?? null) : null;
}

describe("changing a booked appointment by phone", () => {
  it("books, moves it to another day, then cancels it, with the calls live and the feed following", async () => {
    const { page, bookingId, pageErrors } = await runBookingJourney(app, session, {
      screenshot: "appointment-booked.png",
    });
    const feed = await page.request.post(`${app.baseUrl}/api/calendar/feed`, { data: {} });
    expect(feed.status()).toBe(201);
    const feedUrl = ((await feed.json()) as { url: string }).url;
    const bookedStart = await feedStart(page, feedUrl, bookingId);
    expect(bookedStart).not.toBeNull();
    const bookedTime = await page.getByTestId("booked-time").innerText();

    // Move it: the working week after next, said as dates.
    const monday = DateTime.now().setZone("America/New_York").startOf("week").plus({ weeks: 2 });
    const timeframe = `${monday.toISODate()} to ${monday.plus({ days: 4 }).toISODate()}`;
    await page.getByTestId("move-timeframe").fill(timeframe);
    await page.getByTestId("move-appointment").click();
    // The reschedule call shows up live, then the business agrees and the banner moves.
    await expect
      .poll(() => page.getByTestId("appointment-change").getAttribute("data-state"), uiWait)
      .toBe("under_way");
    await expect
      .poll(() => page.getByTestId("appointment-change").getAttribute("data-state"), { timeout: 90_000 })
      .toBe("moved");
    await expect.poll(() => page.getByTestId("booked-time").innerText(), uiWait).not.toBe(bookedTime);
    expect(await page.getByTestId("appointment-change-message").innerText()).toMatch(/^Moved by phone: /);
    const movedStart = await feedStart(page, feedUrl, bookingId);
    expect(movedStart).not.toBeNull();
    expect(movedStart).not.toBe(bookedStart);

    // Cancel it: the cancellation call, then "cancelled by phone at …" with its transcript; the feed drops it.
    await page.getByTestId("cancel-appointment").click();
    await expect
      .poll(() => page.getByTestId("appointment-change").getAttribute("data-state"), { timeout: 90_000 })
      .toBe("cancelled");
    expect(await page.getByTestId("appointment-change-message").innerText()).toMatch(
      /^Cancelled by phone at /,
    );
    expect(await page.getByTestId("booked-banner").count()).toBe(0);
    await page.getByText("Transcript of the call").click();
    expect(await page.getByTestId("appointment-change-transcript").innerText()).toMatch(/AI assistant/);
    expect(await feedStart(page, feedUrl, bookingId)).toBeNull();
    expect(pageErrors).toEqual([]);
  });
});
