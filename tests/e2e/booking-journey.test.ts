// The whole journey in a real browser against `next start` on the embedded defaults (simulated dialer).
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

describe("booking journey", () => {
  it("a new visitor chats, calls five providers in auto mode and ends with exactly one booked appointment", async () => {
    const { pageErrors } = await runBookingJourney(app, session, { screenshot: "booking-page.png" });
    expect(pageErrors).toEqual([]);
  });
});
