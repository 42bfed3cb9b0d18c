// After the foundation's booking journey the person's dashboard counts the booking; the chat's microphone is absent
// (not broken) in a browser without speech, and dictated words go through the chat like typed ones where speech
// exists; readiness and the connections page answer on a server with no vendor keys.
import fs from "node:fs";
import path from "node:path";
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, type BrowserSession } from "./support/browser";
import { runBookingJourney, type JourneyResult } from "./support/journey";
import { startApp, type RunningApp } from "./support/server";

const uiWait = { timeout: 15_000 };
const screenshotPath = path.resolve(import.meta.dirname, "../../test-results/dashboard.png");

let app: RunningApp;
let session: BrowserSession;
let journey: JourneyResult;

/** A browser with no Web Speech API at all: no recognition, no synthesis. */
async function withoutSpeech(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const scope = window as unknown as Record<string, unknown>;
    for (const name of [
      "SpeechRecognition",
      "webkitSpeechRecognition",
      "speechSynthesis",
      "SpeechSynthesisUtterance",
    ]) {
      delete scope[name];
      delete (Object.getPrototypeOf(window) as Record<string, unknown>)[name];
    }
  });
}

/** A speech recogniser that "hears" one sentence as soon as it starts, like Chrome's after the person speaks. */
async function withScriptedDictation(context: BrowserContext, sentence: string): Promise<void> {
  await context.addInitScript((heard: string) => {
    // Declared fields only: a field initialiser would compile to a helper that does not exist inside the page.
    class ScriptedRecognition {
      declare onresult: ((event: unknown) => void) | null;
      declare onend: (() => void) | null;
      start() {
        setTimeout(() => {
          const result = Object.assign([{ transcript: heard, confidence: 0.95 }], { isFinal: true });
          this.onresult?.({ resultIndex: 0, results: [result] });
          this.onend?.();
        }, 50);
      }
      stop() {
        this.onend?.();
      }
      abort() {}
    }
    // Recent Chromium has the unprefixed SpeechRecognition too; in a headless browser it is never allowed.
    Object.assign(window, {
      SpeechRecognition: ScriptedRecognition,
      webkitSpeechRecognition: ScriptedRecognition,
    });
  }, sentence);
}

beforeAll(async () => {
  app = await startApp();
  session = await openBrowser();
  await withoutSpeech(session.context);
});

afterAll(async () => {
  await session?.close();
  await app?.stop();
});

describe("the dashboard after a booking", () => {
  it("counts the foundation journey's booked appointment, lists it, links to it, and is saved as a screenshot", async () => {
    journey = await runBookingJourney(app, session, { screenshot: "dashboard-journey-booking.png" });
    const page = journey.page;
    await page.getByRole("link", { name: "Dashboard" }).click();
    await page.waitForURL(`${app.baseUrl}/dashboard`);
    await expect.poll(() => page.getByTestId("stat-total").innerText(), uiWait).toBe("1");
    expect(await page.getByTestId("stat-booked").innerText()).toBe("1");
    expect(await page.getByTestId("stat-success-rate").innerText()).toBe("100%");
    expect(await page.getByTestId("stat-time-to-booked").innerText()).toMatch(/^\d+(\.\d)? min$/);
    const recent = page.locator(
      `[data-testid="booking-history-item"][data-booking-id="${journey.bookingId}"]`,
    );
    expect(await recent.innerText()).toContain(journey.bookedProvider);
    fs.mkdirSync(path.dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true });
    expect(fs.statSync(screenshotPath).size).toBeGreaterThan(10_000);
    await recent.click();
    await page.waitForURL(`${app.baseUrl}/booking/${journey.bookingId}`);
    expect(journey.pageErrors).toEqual([]);
  });
});

describe("the chat's microphone", () => {
  it("is absent, not broken, in a browser without speech recognition or synthesis", async () => {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${app.baseUrl}/chat`);
    await page.waitForURL(/\/chat\/task_[\w-]+$/, uiWait);
    expect(
      await page.evaluate(() => "webkitSpeechRecognition" in window || "speechSynthesis" in window),
    ).toBe(false);
    // The controls' place is there once the page has looked for speech, and it is empty.
    await page.getByTestId("voice-controls").waitFor({ state: "attached", ...uiWait });
    expect(await page.getByTestId("voice-input").count()).toBe(0);
    expect(await page.getByTestId("read-aloud").count()).toBe(0);
    expect(await page.getByTestId("chat-input").isEnabled()).toBe(true);
    expect(errors).toEqual([]);
  });

  it("sends dictated words through the same chat and extraction as typed text", async () => {
    const context = await session.browser.newContext({ timezoneId: "America/New_York", locale: "en-US" });
    await withScriptedDictation(context, "I need a barber in Boston MA tomorrow afternoon");
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${app.baseUrl}/chat`);
      await page.waitForURL(/\/chat\/task_[\w-]+$/, { timeout: 20_000 });
      await page.getByTestId("voice-input").click();
      const userMessages = page.locator('[data-testid="chat-message"][data-role="user"]');
      await expect
        .poll(
          () =>
            userMessages
              .last()
              .innerText()
              .catch(() => ""),
          uiWait,
        )
        .toContain("barber in Boston");
      await expect.poll(() => page.getByTestId("summary-service-type").inputValue(), uiWait).toBe("barber");
      expect(await page.getByTestId("summary-location").inputValue()).toMatch(/boston/i);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe("health and connections on a server with no vendor keys", () => {
  it("answers liveness and readiness for a load balancer", async () => {
    const live = await fetch(`${app.baseUrl}/health`);
    expect(await live.json()).toEqual({ status: "healthy", service: "callpilot" });
    const ready = await fetch(`${app.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: "ready" });
  });

  it("shows every integration as not set up on the connections page", async () => {
    const page = journey.page;
    await page.goto(`${app.baseUrl}/settings/connections`);
    await page.getByTestId("connections").waitFor(uiWait);
    for (const id of ["llm", "elevenlabs", "twilio", "google_places", "google_calendar", "email"]) {
      expect(await page.getByTestId(`connection-${id}`).getAttribute("data-state")).toBe("not_configured");
    }
  });
});
