// A live question in a real browser against `next start` on the simulated dialer: a receptionist asks something
// only the client knows, the question appears at once on the booking page as a highlighted card, the person types
// the answer, and the answer is said on the call and shows in its transcript.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, type BrowserSession } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let session: BrowserSession;

beforeAll(async () => {
  // Long enough for the browser to answer; the simulated receptionists of Cambridge dentists include askers
  // (lib/calls/simulated/receptionist-questions.ts: every accepting one but the first, and needs_insurance).
  app = await startApp({ env: { SIM_QUESTION_WAIT_SECONDS: "120", SIM_CALL_SECONDS: "2" } });
  session = await openBrowser();
});

afterAll(async () => {
  await session?.close();
  await app?.stop();
});

async function api<T>(page: Page, path: string, body?: unknown): Promise<{ status: number; json: T }> {
  return page.evaluate(
    async ({ path, body }) => {
      const response = await fetch(path, {
        method: body === undefined ? "GET" : "POST",
        headers: body === undefined ? undefined : { "content-type": "application/json" },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      return { status: response.status, json: await response.json() };
    },
    { path, body },
  );
}

describe("live questions on the booking page", () => {
  it("the person answers a receptionist's question on the booking page and sees the answer in the transcript", async () => {
    const page = await session.context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    // Opening the chat page starts a guest session in the browser.
    await page.goto(`${app.baseUrl}/chat`);
    await page.waitForURL(/\/chat\/task_[\w-]+$/, { timeout: 20_000 });

    // Review mode: every call runs to its end, so an asking receptionist is not cut short by another booking.
    const started = await api<{ booking_id: string }>(page, "/api/booking/request", {
      service_type: "dentist",
      location: "Cambridge MA",
      timeframe: "next week",
      preferred_time: "mornings",
      client_name: "Ada Lovelace",
      preferences: { swarm_size: 5, mode: "review" },
    });
    expect(started.status).toBe(202);
    const bookingId = started.json.booking_id;
    await page.goto(`${app.baseUrl}/booking/${bookingId}`);

    const card = page.getByTestId("live-question").first();
    await card.waitFor({ timeout: 60_000 });
    const questionId = (await card.getAttribute("data-question-id"))!;
    const questionText = (await card.getByTestId("live-question-text").innerText()).trim();
    expect(questionText).toMatch(/insurance|date of birth|callback number|pet/i);

    await card.getByTestId("live-question-answer").fill("Delta Dental PPO");
    await card.getByTestId("live-question-send").click();

    // The card goes away, and the transcript shows the answer as a note and as the agent saying it on the call.
    await expect
      .poll(() => page.locator(`[data-testid="live-question"][data-question-id="${questionId}"]`).count(), {
        timeout: 15_000,
      })
      .toBe(0);
    const lines = (role: string) =>
      page.locator(`[data-testid="transcript-line"][data-role="${role}"]`).allInnerTexts();
    await expect
      .poll(() => lines("system"), { timeout: 15_000 })
      .toSatisfy((texts: string[]) =>
        texts.some((text) => text.includes(`“${questionText}”: Delta Dental PPO`)),
      );
    await expect
      .poll(() => lines("agent"), { timeout: 15_000 })
      .toSatisfy((texts: string[]) =>
        texts.some((text) => text.includes("Ada Lovelace says: Delta Dental PPO")),
      );

    // The REST view agrees, and a second answer is refused.
    const view = await api<{ questions: Array<{ id: string; answer: string | null }> }>(
      page,
      `/api/booking/${bookingId}`,
    );
    expect(view.json.questions.find((question) => question.id === questionId)?.answer).toBe(
      "Delta Dental PPO",
    );
    const again = await api(page, `/api/booking/${bookingId}/questions/${questionId}/answer`, {
      answer: "Aetna",
    });
    expect(again.status).toBe(409);
    expect(pageErrors).toEqual([]);
  });
});
