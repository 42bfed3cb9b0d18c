// The person's pages render their data in the first HTML response (no loading flash, nothing fetched afterwards),
// and their main forms work in a browser with JavaScript turned off: the busy-time form and the account's answers
// post their server actions as plain forms, and the page that comes back shows the change (or the field's error).
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addSessionCookies, openBrowser, type BrowserSession } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let session: BrowserSession;
let person: { cookie: string; bookingId: string };

beforeAll(async () => {
  app = await startApp();
  session = await openBrowser();
  person = await guestWithBooking();
});

afterAll(async () => {
  await session?.close();
  await app?.stop();
});

async function api(pathname: string, init: { cookie?: string; body?: unknown } = {}) {
  return fetch(`${app.baseUrl}${pathname}`, {
    method: init.body === undefined ? "GET" : "POST",
    headers: {
      // As a browser would: Better Auth refuses a POST that names no origin.
      origin: app.baseUrl,
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

/** A guest who asked, through the API, for a dentist in Cambridge MA (review mode: the booking waits for them). */
async function guestWithBooking(): Promise<{ cookie: string; bookingId: string }> {
  const signIn = await api("/api/auth/sign-in/anonymous", { body: {} });
  const cookie = signIn.headers
    .getSetCookie()
    .map((line) => line.split(";")[0])
    .join("; ");
  const task = await (await api("/api/task", { cookie, body: { time_zone: "America/New_York" } })).json();
  const chat = await api("/api/chat", {
    cookie,
    body: {
      task_id: task.task_id,
      message: "I need a dentist in Cambridge MA next week, mornings. My name is Ada.",
    },
  });
  expect((await chat.json()).task_status).toBe("ready_to_call");
  const booking = await api("/api/booking/request", {
    cookie,
    body: { task_id: task.task_id, preferences: { swarm_size: 3, mode: "review" } },
  });
  expect(booking.status).toBe(202);
  return { cookie, bookingId: ((await booking.json()) as { booking_id: string }).booking_id };
}

/** The page's HTML as the server first sends it, before any script runs. */
async function firstHtml(pathname: string, cookie?: string): Promise<string> {
  const response = await fetch(`${app.baseUrl}${pathname}`, { headers: cookie ? { cookie } : {} });
  expect(response.status).toBe(200);
  return response.text();
}

async function withoutJavaScript(): Promise<BrowserContext> {
  const context = await session.browser.newContext({ javaScriptEnabled: false, locale: "en-US" });
  await addSessionCookies(context, app.baseUrl, person.cookie);
  return context;
}

describe("the first HTML response", () => {
  it("of the dashboard and the bookings page already holds the person's booking and figures", async () => {
    const dashboard = await firstHtml("/dashboard", person.cookie);
    expect(dashboard).toMatch(/data-testid="stat-total"[^>]*>1</);
    expect(dashboard).toContain(`data-booking-id="${person.bookingId}"`);
    expect(dashboard).not.toContain("Loading the dashboard");

    const bookings = await firstHtml("/bookings", person.cookie);
    expect(bookings).toContain(`data-booking-id="${person.bookingId}"`);
  });

  it("of a visitor without a session is the empty page, with the forms waiting for the session", async () => {
    const dashboard = await firstHtml("/dashboard");
    expect(dashboard).toMatch(/data-testid="stat-total"[^>]*>0</);
    expect(dashboard).not.toContain("data-booking-id");
    const calendar = await firstHtml("/calendar");
    expect(calendar).toContain('data-signed-in="false"');
  });
});

describe("with JavaScript turned off", () => {
  /** "YYYY-MM-DDTHH:MM" `days` from now at `hour`:00 UTC: the zone the server assumes when no browser told it one. */
  const utcInput = (days: number, hour: number) =>
    `${new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)}T${String(hour).padStart(2, "0")}:00`;

  it("adds a busy time on /calendar, and shows a refused range's error beside its field", async () => {
    const context = await withoutJavaScript();
    try {
      const page = await context.newPage();
      await page.goto(`${app.baseUrl}/calendar`);
      expect(await page.getByTestId("calendar-workspace").getAttribute("data-signed-in")).toBe("true");

      await page.getByTestId("busy-start").fill(utcInput(1, 14));
      await page.getByTestId("busy-end").fill(utcInput(1, 16));
      await page.getByTestId("busy-title").fill("Parent-teacher meeting");
      await Promise.all([page.waitForEvent("load"), page.getByTestId("add-busy-block").click()]);
      expect(await page.getByTestId("busy-block-list").innerText()).toContain("Parent-teacher meeting");
      expect(await page.getByTestId("busy-block-list").innerText()).toContain("2:00 PM UTC");

      await page.getByTestId("busy-start").fill(utcInput(2, 16));
      await page.getByTestId("busy-end").fill(utcInput(2, 14));
      await Promise.all([page.waitForEvent("load"), page.getByTestId("add-busy-block").click()]);
      expect(await page.getByTestId("busy-blocks").innerText()).toContain(
        "a busy time must start before it ends",
      );
      expect(await page.getByTestId("busy-block").count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it("saves the answers agents may give on /account", async () => {
    const context = await withoutJavaScript();
    try {
      const page = await context.newPage();
      await page.goto(`${app.baseUrl}/account`);
      await page.locator('input[name="pet_name"]').fill("Biscuit");
      await Promise.all([page.waitForEvent("load"), page.getByTestId("save-client-details").click()]);
      expect(await page.locator('input[name="pet_name"]').inputValue()).toBe("Biscuit");
      const profile = await (await api("/api/account/profile", { cookie: person.cookie })).json();
      expect(profile.pet_name).toBe("Biscuit");
    } finally {
      await context.close();
    }
  });
});
