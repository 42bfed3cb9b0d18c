// The admin area in a real browser against `next start`: every admin page and route refuses visitors, guests and
// non-admins over real HTTP; then an admin signs in, finds a guest's booking, reads a call's transcript, retries an
// unanswered call (and sees the new attempt), disables a provider, and the bookings page and overview are saved as
// screenshots. Without JavaScript, the lists arrive with their rows and the do-not-call and provider forms post.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addSessionCookies, openBrowser, type BrowserSession } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

const root = path.resolve(import.meta.dirname, "../..");
const screenshots = path.join(root, "test-results");
const adminEmail = "admin@example.com";
const adminPassword = "correct-horse-admin";
const uiWait = { timeout: 20_000 };
const ended = ["completed", "no_answer", "busy", "voicemail", "failed", "canceled", "scheduled"];
const retryable = ["no_answer", "busy", "voicemail", "failed"];

let app: RunningApp;
let session: BrowserSession;

beforeAll(async () => {
  app = await startApp();
  session = await openBrowser();
  // The first admin, the documented way (npm run admin:create), against the running app's data folder.
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: app.dataDir, LOG_LEVEL: "warn" };
  delete env.DATABASE_PATH;
  delete env.BETTER_AUTH_SECRET;
  await promisify(execFile)(
    path.join(root, "node_modules/.bin/tsx"),
    ["scripts/admin-create.ts", adminEmail, adminPassword],
    {
      cwd: root,
      env,
    },
  );
});

afterAll(async () => {
  await session?.close();
  await app?.stop();
});

/** A cookie jar of one: the session cookies a response set. */
function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}

async function api(pathname: string, init: { cookie?: string; body?: unknown; method?: string } = {}) {
  const response = await fetch(`${app.baseUrl}${pathname}`, {
    method: init.method ?? (init.body === undefined ? "GET" : "POST"),
    headers: {
      // As a browser would: Better Auth refuses a POST that names no origin.
      origin: app.baseUrl,
      ...(init.cookie ? { cookie: init.cookie } : {}),
      ...(init.body === undefined ? {} : { "content-type": "application/json" }),
    },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    redirect: "manual",
  });
  return response;
}

/**
 * A guest makes the foundation's request (a dentist in Cambridge MA next week, mornings) through the API, calling
 * all 15 dentists around Boston: the five best matches all answer, so a smaller swarm has no unanswered call.
 */
async function guestBooking(): Promise<{ bookingId: string; cookie: string }> {
  const cookie = cookiesOf(await api("/api/auth/sign-in/anonymous", { body: {} }));
  const task = await (await api("/api/task", { cookie, body: { time_zone: "America/New_York" } })).json();
  const chat = await api("/api/chat", {
    cookie,
    body: {
      task_id: task.task_id,
      message: "I need a dentist in Cambridge MA next week, mornings. My name is Ada.",
    },
  });
  expect((await chat.json()).task_status).toBe("ready_to_call");
  // Review mode: the booking waits for the person's choice instead of booking, so an unanswered call is still
  // worth retrying (a booked booking needs no more calls, and the admin API refuses them).
  const booking = await (
    await api("/api/booking/request", {
      cookie,
      body: { task_id: task.task_id, preferences: { swarm_size: 15, mode: "review" } },
    })
  ).json();
  const bookingId = booking.booking_id as string;
  await expect
    .poll(
      async () => {
        const view = await (await api(`/api/booking/${bookingId}`, { cookie })).json();
        return view.results.map((r: { call_status: string }) => r.call_status);
      },
      { timeout: 90_000, interval: 500 },
    )
    .toSatisfy((statuses: string[]) => statuses.length === 15 && statuses.every((s) => ended.includes(s)));
  return { bookingId, cookie };
}

function filesNamed(dir: string, name: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesNamed(full, name);
    return entry.name === name ? [full] : [];
  });
}

function urlOf(file: string): string {
  const relative = path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep);
  return `/${relative.map((s) => (s === "[phone]" ? "%2B16175550100" : s.startsWith("[") ? "sample-id" : s)).join("/")}`;
}

describe("the admin area over real HTTP", () => {
  it("redirects visitors and guests to sign in, answers 403 to non-admins on every admin page and route", async () => {
    const guest = cookiesOf(await api("/api/auth/sign-in/anonymous", { body: {} }));
    const person = cookiesOf(
      await api("/api/auth/sign-up/email", {
        body: { email: "person@example.com", password: "a-person-password", name: "Person" },
      }),
    );
    expect(person).not.toBe("");

    const pages = filesNamed(path.join(root, "app/admin"), "page.tsx").map(urlOf);
    expect(pages.length).toBeGreaterThanOrEqual(9);
    for (const page of pages) {
      for (const cookie of [undefined, guest]) {
        const response = await api(page, { cookie });
        expect(response.status, `${page} ${cookie ? "as a guest" : "as a visitor"}`).toBe(307);
        expect(response.headers.get("location")).toBe(`/sign-in?next=${encodeURIComponent(page)}`);
      }
      const refused = await api(page, { cookie: person });
      expect(refused.status, `${page} as a non-admin`).toBe(403);
      expect(await refused.text()).toContain("This page is for administrators");
    }

    const routes = filesNamed(path.join(root, "app/api/admin"), "route.ts");
    expect(routes.length).toBeGreaterThanOrEqual(10);
    for (const file of routes) {
      const route = urlOf(file);
      const methods = [
        ...fs.readFileSync(file, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g),
      ].map((m) => m[1]);
      for (const method of methods) {
        const body = method === "GET" || method === "DELETE" ? undefined : {};
        for (const [cookie, status] of [
          [undefined, 401],
          [guest, 401],
          [person, 403],
        ] as const) {
          const response = await api(route, { method, cookie, body });
          expect(response.status, `${method} ${route}`).toBe(status);
          expect(typeof (await response.json()).error).toBe("string");
        }
      }
    }
  });
});

describe("an admin's journey", () => {
  it("signs in, finds a guest's booking, reads a transcript, retries an unanswered call, and disables a provider", async () => {
    const { bookingId } = await guestBooking();
    const page = await session.context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));

    // Opening /admin without an account leads to sign-in, and back to /admin afterwards.
    await page.goto(`${app.baseUrl}/admin`);
    await page.waitForURL(/\/sign-in\?next=%2Fadmin$/);
    await page.getByTestId("auth-email").fill(adminEmail);
    await page.getByTestId("auth-password").fill(adminPassword);
    await page.getByTestId("auth-submit").click();
    await page.waitForURL(`${app.baseUrl}/admin`, uiWait);
    await page.getByTestId("admin-overview").waitFor(uiWait);
    await page.getByRole("link", { name: "Admin", exact: true }).waitFor(uiWait);

    // The bookings table lists the guest's booking, with the counts per status on top.
    await page.getByTestId("admin-nav").getByRole("link", { name: "Bookings" }).click();
    await page.waitForURL(`${app.baseUrl}/admin/bookings`);
    const row = page.locator(`[data-testid="admin-booking-row"][data-booking-id="${bookingId}"]`);
    await row.waitFor(uiWait);
    expect(await row.innerText()).toContain("Guest");
    expect(
      await page.locator('[data-testid="status-count"][data-status="all"]').getAttribute("data-count"),
    ).toBe("1");
    await saveScreenshot(page, "admin-bookings.png");

    // The booking's page: a call's transcript opens.
    await row.getByTestId("admin-booking-link").click();
    await page.waitForURL(`${app.baseUrl}/admin/bookings/${bookingId}`);
    await page.getByTestId("admin-ranking").waitFor(uiWait);
    const answered = page.locator('[data-testid="admin-call"][data-call-status="completed"]').first();
    await answered.getByTestId("call-transcript-toggle").locator("summary").click();
    const lines = answered.getByTestId("admin-transcript-line");
    await expect.poll(() => lines.count(), uiWait).toBeGreaterThan(1);
    expect(
      await answered.locator('[data-testid="admin-transcript-line"][data-role="agent"]').count(),
    ).toBeGreaterThan(0);
    await answered.getByTestId("call-timeline-toggle").locator("summary").click();
    expect(await answered.getByTestId("call-timeline").innerText()).toMatch(/Dialed with simulated/);

    // An unanswered call is retried: a new attempt appears and is dialed.
    const unanswered = page
      .getByTestId("admin-call")
      .filter({ has: page.getByTestId("retry-call") })
      .first();
    const retriedId = await unanswered.getAttribute("data-call-id");
    expect(retryable).toContain(await unanswered.getAttribute("data-call-status"));
    const attempt = Number(await unanswered.getAttribute("data-attempt"));
    const provider = (await unanswered.getAttribute("data-provider-name"))!;
    await unanswered.getByTestId("retry-call").click();
    const newAttempt = page.locator(
      `[data-testid="admin-call"][data-provider-name="${provider}"][data-attempt="${attempt + 1}"]:not([data-call-status="canceled"])`,
    );
    await newAttempt.waitFor(uiWait);
    expect(await newAttempt.innerText()).toContain(retriedId!);
    await expect
      .poll(
        async () => {
          await page.reload();
          return newAttempt.getAttribute("data-call-status");
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toMatch(/^(in_progress|completed|no_answer|busy|voicemail)$/);
    expect(await newAttempt.getByTestId("call-facts").innerText()).toMatch(/Dialer\s+simulated/);
    expect(await page.locator('[data-testid="booking-audit-entry"][data-action="call.retry"]').count()).toBe(
      1,
    );
    await newAttempt.getByTestId("call-timeline-toggle").locator("summary").click();
    await saveScreenshot(page, "admin-booking.png");

    // That provider is disabled from the directory, and shows as disabled.
    await page.goto(`${app.baseUrl}/admin/providers`);
    await page.getByTestId("provider-search").fill(provider);
    await page.getByTestId("provider-search-submit").click();
    const providerRow = page.locator(`[data-testid="admin-provider-row"][data-provider-name="${provider}"]`);
    await providerRow.waitFor(uiWait);
    await providerRow.getByTestId("disable-provider").click();
    await expect.poll(() => providerRow.getAttribute("data-disabled"), uiWait).toBe("true");
    expect(await providerRow.getByTestId("provider-state").innerText()).toBe("Disabled");
    await saveScreenshot(page, "admin-providers.png");
    const providerId = await providerRow.getAttribute("data-provider-id");
    const stored = await (await page.request.get(`${app.baseUrl}/api/admin/providers/${providerId}`)).json();
    expect(stored.disabled).toBe(true);

    // The audit log has both actions, and the overview draws its charts.
    await page.goto(`${app.baseUrl}/admin/audit-log`);
    const actions = await page
      .getByTestId("audit-entry")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")));
    expect(actions).toEqual(["provider.disable", "call.retry"]);
    await page.goto(`${app.baseUrl}/admin`);
    expect(await page.getByTestId("stat-bookings").innerText()).toContain("1");
    expect(await page.locator('[data-testid="calls-chart"] rect[fill="#6366f1"]').count()).toBeGreaterThan(0);
    expect(await page.getByTestId("calls-by-outcome").locator("li").count()).toBeGreaterThan(1);
    await saveScreenshot(page, "admin-overview.png");

    expect(pageErrors).toEqual([]);
  });
});

describe("the admin area without JavaScript", () => {
  /** The admin's session, signed in through the API, as Playwright cookies for a fresh context. */
  async function adminCookie(): Promise<string> {
    const response = await api("/api/auth/sign-in/email", {
      body: { email: adminEmail, password: adminPassword },
    });
    expect(response.status).toBe(200);
    return cookiesOf(response);
  }

  it("sends a list page's rows in its first HTML response", async () => {
    const cookie = await adminCookie();
    const providers = await api("/admin/providers", { cookie });
    expect(providers.status).toBe(200);
    const html = await providers.text();
    expect(html.match(/data-testid="admin-provider-row"/g)?.length ?? 0).toBeGreaterThan(1);
    const people = await (await api("/admin/people", { cookie })).text();
    expect(people).toContain('data-testid="person-row"');
    expect(people).toContain(adminEmail);
    // A bad filter shows the list anyway, saying which filter was ignored; the API refuses it with a sentence.
    const ignored = await (await api("/admin/providers?status=sleeping", { cookie })).text();
    expect(ignored).toContain('data-testid="ignored-filter"');
    expect(ignored).toContain('data-testid="admin-provider-row"');
    const refused = await api("/api/admin/providers?status=sleeping", { cookie });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toMatch(/^Invalid request — status: /);
  });

  it("adds a number to the do-not-call list and a provider with plain form posts", async () => {
    const cookie = await adminCookie();
    const context = await session.browser.newContext({ javaScriptEnabled: false, locale: "en-US" });
    try {
      await addSessionCookies(context, app.baseUrl, cookie);
      const page = await context.newPage();
      await page.goto(`${app.baseUrl}/admin/do-not-call`);
      await page.getByTestId("do-not-call-phone").fill("(413) 555-0177");
      await page.getByTestId("do-not-call-reason").fill("Asked by letter");
      await page.getByTestId("do-not-call-add").click();
      const entry = page.locator('[data-testid="do-not-call-entry"][data-phone="+14135550177"]');
      await entry.waitFor(uiWait);
      expect(await entry.innerText()).toContain("Asked by letter");
      expect(await page.getByTestId("do-not-call-message").innerText()).toContain("will never be dialed");

      // Each post starts from the page itself: the page answered to a POST carries the strict non-page policy
      // (next.config.ts: requests with a body skip proxy.ts), whose form-action 'none' blocks a second post from it.
      const addProvider = async (phone: string) => {
        await page.goto(`${app.baseUrl}/admin/providers/new`);
        await page.getByTestId("provider-name").fill("No Script Dental");
        await page.getByTestId("provider-phone").fill(phone);
        await page.getByTestId("provider-address").fill("1 Plain Form St");
        await page.getByTestId("provider-city").fill("Boston");
        await page.getByTestId("provider-save").click();
      };
      await addProvider("not a number");
      // Refused: the error is beside the phone field, after a full page load.
      await page.locator('[data-testid="provider-phone"][aria-invalid="true"]').waitFor(uiWait);
      expect(await page.getByTestId("provider-form-message").innerText()).toContain(
        "The provider is not valid",
      );
      await addProvider("+1 413 555 0178");
      await page.waitForURL(/\/admin\/providers\/prov_[^?]+\?created=1$/, uiWait);
      expect(await page.getByTestId("admin-provider").getAttribute("data-provider-id")).toMatch(/^prov_/);
      expect(await page.getByRole("status").first().innerText()).toContain("The provider was added.");
    } finally {
      await context.close();
    }
  });
});

async function saveScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, name), fullPage: true });
}
