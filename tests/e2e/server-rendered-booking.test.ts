// The pages read their data on the server: the live booking page's first HTML response already names every called
// provider with its call status and the transcript so far (another person gets a 404 page), and the summary card
// saves with JavaScript disabled — a real form whose re-rendered page shows the saved value.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addSessionCookies, openBrowser, type BrowserSession } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let app: RunningApp;
let session: BrowserSession;

beforeAll(async () => {
  app = await startApp({ env: { SIM_CALL_SECONDS: "1" } });
  session = await openBrowser();
});

afterAll(async () => {
  await session?.close();
  await app?.stop();
});

async function api(path: string, init: { cookie?: string; body?: unknown } = {}): Promise<Response> {
  return fetch(`${app.baseUrl}${path}`, {
    method: init.body === undefined ? "GET" : "POST",
    headers: {
      origin: app.baseUrl,
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
      ...(init.cookie ? { cookie: init.cookie } : {}),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
}

async function guestCookie(): Promise<string> {
  const response = await api("/api/auth/sign-in/anonymous", { body: {} });
  expect(response.ok).toBe(true);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

interface BookingView {
  status: string;
  results: Array<{ provider_name: string; call_status: string }>;
}

describe("the live booking page's first HTML response", () => {
  it("contains every provider's name, call status and transcript, for the owner only", async () => {
    const cookie = await guestCookie();
    const started = await api("/api/booking/request", {
      cookie,
      body: {
        service_type: "dentist",
        location: "Cambridge MA",
        timeframe: "next week",
        client_name: "Ada Lovelace",
        preferences: { swarm_size: 3, mode: "review" },
      },
    });
    expect(started.status).toBe(202);
    const bookingId = ((await started.json()) as { booking_id: string }).booking_id;

    // Wait until every call has ended, so the page has transcripts and offers to show.
    let view: BookingView | null = null;
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      view = (await (await api(`/api/booking/${bookingId}`, { cookie })).json()) as BookingView;
      if (view.results.length === 3 && view.results.every((result) => !isUnderway(result.call_status))) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(view!.results.every((result) => !isUnderway(result.call_status))).toBe(true);

    const page = await api(`/booking/${bookingId}`, { cookie });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('data-testid="live-booking"');
    for (const result of view!.results) {
      expect(html).toContain(`data-provider-name="${escapeHtml(result.provider_name)}"`);
      expect(html).toMatch(
        new RegExp(
          `data-testid="provider-card" data-provider-name="${escapeRegExp(escapeHtml(result.provider_name))}" data-call-status="${result.call_status}"`,
        ),
      );
    }
    expect(html).toMatch(/data-testid="transcript-line" data-role="agent"/);
    expect(html).toContain('data-testid="ranked-results"');
    expect(html).not.toContain("Connecting to the calls");

    // Another person (and a browser without a session) gets the 404 page, with nothing of the booking in it.
    for (const stranger of [await guestCookie(), undefined]) {
      const refused = await api(`/booking/${bookingId}`, { cookie: stranger });
      expect(refused.status).toBe(404);
      const body = await refused.text();
      for (const result of view!.results) expect(body).not.toContain(escapeHtml(result.provider_name));
    }
  });
});

describe("the summary card without JavaScript", () => {
  it("submits as a plain form and the re-rendered page shows the saved values", async () => {
    const cookie = await guestCookie();
    const created = await api("/api/task", { cookie, body: { time_zone: "America/New_York" } });
    expect(created.status).toBe(201);
    const taskId = ((await created.json()) as { task_id: string }).task_id;

    const context = await session.browser.newContext({ javaScriptEnabled: false, locale: "en-US" });
    try {
      await addSessionCookies(context, app.baseUrl, cookie);
      const page = await context.newPage();
      await page.goto(`${app.baseUrl}/chat/${taskId}`);
      await page.getByTestId("summary-service-type").selectOption("dentist");
      await page.getByTestId("summary-location").fill("Cambridge MA");
      await page.getByTestId("summary-timeframe").fill("next week");
      await page.getByTestId("summary-client-name").fill("Grace Hopper");
      await Promise.all([
        page.waitForNavigation({ waitUntil: "load" }),
        page.getByTestId("summary-save").click(),
      ]);
      // The answer to the form's POST is the page rendered again, from what was stored; and a fresh load agrees.
      for (const load of ["the form's answer", "a fresh load"]) {
        if (load === "a fresh load") await page.goto(`${app.baseUrl}/chat/${taskId}`);
        expect(await page.getByTestId("summary-client-name").inputValue(), load).toBe("Grace Hopper");
        expect(await page.getByTestId("summary-location").inputValue(), load).toBe("Cambridge MA");
        expect(await page.getByTestId("summary-service-type").inputValue(), load).toBe("dentist");
        expect(await page.getByTestId("task-status").getAttribute("data-status"), load).toBe("ready_to_call");
      }
    } finally {
      await context.close();
    }

    const task = (await (await api(`/api/task/${taskId}`, { cookie })).json()) as {
      extracted_data: { client_name: string | null; location: string | null };
    };
    expect(task.extracted_data).toMatchObject({ client_name: "Grace Hopper", location: "Cambridge MA" });
  });
});

function isUnderway(status: string): boolean {
  return ["queued", "scheduled", "dialing", "in_progress"].includes(status);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/'/g, "&#x27;").replace(/</g, "&lt;");
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
