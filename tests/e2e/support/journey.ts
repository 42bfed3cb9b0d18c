// The browser journey every dialer must pass: a new visitor describes what they need, calls five providers in
// auto mode, watches the calls live, ends with exactly one booked appointment, and takes it home as an .ics file.
// The foundation's test runs it on the simulated dialer; each vendor's test runs it again against its stub.
import fs from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { expect } from "vitest";
import type { BrowserSession } from "./browser";
import type { RunningApp } from "./server";
import { signInBrowser, type VerifiedPerson } from "./verified-person";

/** How long a UI step may take to show up (expect.poll's own default is one second). */
const uiWait = { timeout: 15_000 };
const endedCallStatuses = ["completed", "no_answer", "busy", "voicemail", "failed", "canceled"];

export interface JourneyResult {
  page: Page;
  bookingId: string;
  bookedProvider: string;
  pageErrors: string[];
}

export async function runBookingJourney(
  app: RunningApp,
  session: BrowserSession,
  options: {
    screenshot: string;
    /** A real dialer calls only for a verified, consenting person: the journey runs signed in as them. */
    person?: VerifiedPerson;
  },
): Promise<JourneyResult> {
  const screenshotPath = path.resolve(import.meta.dirname, "../../../test-results", options.screenshot);
  const page = await session.context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.message));

  // Opening the chat page starts a guest session (or uses the person's) and a task.
  if (options.person) await signInBrowser(session.context, app, options.person);
  await page.goto(`${app.baseUrl}/chat`);
  await page.waitForURL(/\/chat\/task_[\w-]+$/, { timeout: 20_000 });
  await expect
    .poll(() => page.getByTestId("session-state").textContent(), uiWait)
    .toContain(options.person?.email ?? "Guest");

  // The reply streams back as NDJSON deltas and ends up in the conversation. The route passes the server's
  // response through unchanged and keeps a copy (Chromium cannot hand back a body the page read as a stream).
  let streamedBody = "";
  await page.route("**/api/chat/stream", async (route) => {
    const response = await route.fetch();
    streamedBody = await response.text();
    await route.fulfill({ response, body: streamedBody });
  });
  await page.getByTestId("chat-input").fill("I need a dentist in Cambridge MA next week, mornings");
  await page.getByTestId("chat-send").click();
  await expect.poll(() => streamedBody, uiWait).not.toBe("");
  const lines = streamedBody
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { type: string; reply?: string });
  expect(lines.some((line) => line.type === "delta")).toBe(true);
  const done = lines.at(-1)!;
  expect(done.type).toBe("done");
  const assistantMessages = page.locator('[data-testid="chat-message"][data-role="assistant"]');
  await expect.poll(() => assistantMessages.count(), uiWait).toBe(2);
  await expect.poll(() => assistantMessages.last().innerText(), uiWait).toBe(done.reply!.trim());

  // The summary card fills in from the conversation.
  await expect.poll(() => page.getByTestId("summary-service-type").inputValue(), uiWait).toBe("dentist");
  expect(await page.getByTestId("summary-location").inputValue()).toMatch(/cambridge/i);
  expect(await page.getByTestId("summary-timeframe").inputValue()).toBe("next week");
  expect(await page.getByTestId("summary-preferred-time").inputValue()).toMatch(/morning/i);
  expect(await page.getByTestId("summary-window").innerText()).not.toBe("—");
  // The dates are Cambridge's days, labelled with Cambridge's zone (the chat turn carries it), not the browser's.
  expect(await page.getByTestId("summary-zone").innerText()).toMatch(/^Eastern (Standard|Daylight) Time$/);
  expect(await page.getByTestId("task-status").getAttribute("data-status")).toBe("ready_to_call");

  // An edit on the summary card is saved (PATCH) and is still there after a reload.
  await page.getByTestId("summary-client-name").fill("Ada Lovelace");
  await page.getByTestId("summary-save").click();
  await page.getByTestId("summary-save").waitFor({ state: "detached", timeout: 15_000 });
  await page.reload();
  await expect.poll(() => page.getByTestId("summary-client-name").inputValue(), uiWait).toBe("Ada Lovelace");
  expect(await page.getByTestId("summary-service-type").inputValue()).toBe("dentist");

  // Five providers, book the first slot that fits.
  await page.getByTestId("swarm-size").fill("5");
  await page.getByTestId("mode-auto").check();
  await page.getByTestId("call-providers").click();
  await page.waitForURL(/\/booking\/bkg_[\w-]+$/, { timeout: 20_000 });
  const bookingId = page.url().split("/").at(-1)!;

  // The live page shows one card per call and follows them until every call has ended.
  const cards = page.getByTestId("provider-card");
  await expect.poll(() => cards.count(), { timeout: 20_000 }).toBe(5);
  await expect
    .poll(() => callStatuses(page), { timeout: 90_000, interval: 250 })
    .toSatisfy(
      (statuses: string[]) => statuses.length === 5 && statuses.every((s) => endedCallStatuses.includes(s)),
    );
  await expect
    .poll(() => page.getByTestId("booking-status").getAttribute("data-status"), uiWait)
    .toBe("booked");
  expect(await page.locator('[data-testid="transcript-line"][data-role="agent"]').count()).toBeGreaterThan(0);
  expect(await page.locator('[data-testid="transcript-line"][data-role="business"]').count()).toBeGreaterThan(
    0,
  );

  // Exactly one booked appointment: one banner, one booked result, one booked card.
  expect(await page.getByTestId("booked-banner").count()).toBe(1);
  expect(await page.locator('[data-testid="result-row"][data-booked="true"]').count()).toBe(1);
  expect(await page.locator('[data-testid="provider-card"][data-booked="true"]').count()).toBe(1);
  const bookedProvider = (await page.getByTestId("booked-provider").innerText()).trim();
  expect(
    await page.locator('[data-testid="result-row"][data-booked="true"]').getAttribute("data-provider-name"),
  ).toBe(bookedProvider);

  // The calendar file downloads through the link and describes that appointment.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("add-to-calendar").click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.ics$/);
  const calendar = unfoldIcs(fs.readFileSync((await download.path())!, "utf8"));
  expect(calendar).toContain("BEGIN:VEVENT");
  expect(calendar).toContain(bookedProvider);

  fs.mkdirSync(path.dirname(screenshotPath), { recursive: true });
  await page.screenshot({ path: screenshotPath, fullPage: true });

  // The history lists the booking with its booked provider.
  await page.goto(`${app.baseUrl}/bookings`);
  const item = page.locator(`[data-testid="booking-history-item"][data-booking-id="${bookingId}"]`);
  await item.waitFor({ timeout: 10_000 });
  expect(await item.innerText()).toContain(bookedProvider);
  await item.click();
  await page.waitForURL(`${app.baseUrl}/booking/${bookingId}`);
  await page.getByTestId("booked-banner").waitFor();

  return { page, bookingId, bookedProvider, pageErrors };
}

async function callStatuses(page: Page): Promise<string[]> {
  return page
    .getByTestId("provider-card")
    .evaluateAll((cards) => cards.map((card) => card.getAttribute("data-call-status") ?? ""));
}

/** RFC 5545 folds long lines and escapes commas and semicolons; undo both so names compare as written. */
function unfoldIcs(text: string): string {
  return text.replace(/\r?\n[ \t]/g, "").replace(/\\([,;\\])/g, "$1");
}
