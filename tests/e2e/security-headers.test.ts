// The Content-Security-Policy and the other security headers against `next start` in Chromium: the home page, a
// chat, a live booking page and the admin sign-in page work under the policy with not one violation reported; every
// response carries the fixed headers, HSTS only over https; and a sign-up's `next` cannot lead off the site.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openBrowser, type BrowserSession } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

const uiWait = { timeout: 20_000 };
const endedCallStatuses = ["completed", "no_answer", "busy", "voicemail", "failed", "canceled"];

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

/** A page that reports every CSP violation (the console's own messages and the DOM event) and every error. */
async function watchedPage(): Promise<{ page: Page; violations: string[]; errors: string[] }> {
  const page = await session.context.newPage();
  const violations: string[] = [];
  const errors: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`);
    });
  });
  page.on("console", (message) => {
    if (/content[- ]security[- ]policy|CSP violation/i.test(message.text())) violations.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return { page, violations, errors };
}

describe("the Content-Security-Policy in Chromium", () => {
  it("lets the home page, a chat, a live booking page and the admin sign-in page work without one violation", async () => {
    const { page, violations, errors } = await watchedPage();

    // Home page, then its link into a new request (client-side navigation).
    await page.goto(`${app.baseUrl}/`);
    await page.getByTestId("start-request").click();
    await page.waitForURL(/\/chat\/task_[\w-]+$/, uiWait);

    // The chat answers a typed message: hydrated scripts, the streamed reply, the summary card.
    await page.getByTestId("chat-input").fill("I need a dentist in Cambridge MA next week, mornings");
    await page.getByTestId("chat-send").click();
    const assistant = page.locator('[data-testid="chat-message"][data-role="assistant"]');
    await expect.poll(() => assistant.count(), uiWait).toBe(2);
    await expect
      .poll(() => page.getByTestId("task-status").getAttribute("data-status"), uiWait)
      .toBe("ready_to_call");

    // The booking page follows its calls live (EventSource) until each has ended.
    await page.getByTestId("swarm-size").fill("2");
    await page.getByTestId("mode-auto").check();
    await page.getByTestId("call-providers").click();
    await page.waitForURL(/\/booking\/bkg_[\w-]+$/, uiWait);
    await expect
      .poll(
        () =>
          page
            .getByTestId("provider-card")
            .evaluateAll((cards) => cards.map((card) => card.getAttribute("data-call-status") ?? "")),
        { timeout: 60_000, interval: 250 },
      )
      .toSatisfy(
        (statuses: string[]) => statuses.length === 2 && statuses.every((s) => endedCallStatuses.includes(s)),
      );

    // The admin area sends a visitor to sign in; the form works (a wrong password is answered on the page).
    await page.goto(`${app.baseUrl}/admin`);
    await page.waitForURL(/\/sign-in\?next=%2Fadmin$/, uiWait);
    await page.getByTestId("auth-email").fill("nobody@example.test");
    await page.getByTestId("auth-password").fill("not-the-password");
    await page.getByTestId("auth-submit").click();
    await page.getByTestId("auth-error").waitFor(uiWait);

    // A page Next.js renders for an unknown address runs under the same policy.
    await page.goto(`${app.baseUrl}/no-such-page`);
    await page.waitForLoadState("networkidle");

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });

  it("refuses inline code injected into a page (an event handler attribute), reporting it", async () => {
    const { page, violations } = await watchedPage();
    await page.goto(`${app.baseUrl}/sign-in`);
    await page.getByTestId("auth-email").waitFor(uiWait);
    await page.evaluate(() => {
      document.body.insertAdjacentHTML(
        "beforeend",
        '<img src="/no-such-image.png" onerror="window.injected = true">',
      );
    });
    await expect.poll(() => violations.length, uiWait).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
  });
});

describe("security headers", () => {
  const fixed = {
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
    "x-frame-options": "DENY",
  };

  it("are on pages, API routes, health checks and static files; HSTS only over https", async () => {
    const page = await fetch(`${app.baseUrl}/sign-in`);
    const html = await page.text();
    for (const [name, value] of Object.entries(fixed)) expect(page.headers.get(name), name).toBe(value);
    const policy = page.headers.get("content-security-policy") ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(html).toContain(`nonce="${nonce}"`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(page.headers.get("strict-transport-security")).toBeNull();
    // A fresh nonce on every request.
    const again = (await fetch(`${app.baseUrl}/sign-in`)).headers.get("content-security-policy");
    expect(again).not.toBe(policy);

    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    for (const path of ["/api/connections", "/health", "/health/ready", script!]) {
      const response = await fetch(`${app.baseUrl}${path}`);
      for (const [name, value] of Object.entries(fixed)) expect(response.headers.get(name), path).toBe(value);
      expect(response.headers.get("content-security-policy"), path).toMatch(
        /^default-src 'none'.*frame-ancestors 'none'/,
      );
      expect(response.headers.get("strict-transport-security"), path).toBeNull();
    }

    for (const path of ["/", "/api/connections", "/health"]) {
      const response = await fetch(`${app.baseUrl}${path}`, { headers: { "x-forwarded-proto": "https" } });
      expect(response.headers.get("strict-transport-security"), path).toMatch(/^max-age=\d{8,}/);
    }
  });

  it("a page posted to with a body (a form sent without JavaScript) still gets a policy: no script runs", async () => {
    const response = await fetch(`${app.baseUrl}/`, { method: "POST", body: "a=b" });
    const policy = response.headers.get("content-security-policy");
    expect(policy).toContain("script-src 'none'");
    expect(policy).toContain("form-action 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    const api = await fetch(`${app.baseUrl}/api/connections`, { method: "POST", body: "a=b" });
    expect(api.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
  });
});

describe("after signing up", () => {
  it("a `next` that the URL parser reads as another host ends on this site's home page", async () => {
    const { page } = await watchedPage();
    await page.goto(`${app.baseUrl}/sign-up?next=/%09/evil.example`);
    await page.getByTestId("auth-email").fill(`next-${Date.now()}@example.test`);
    await page.getByTestId("auth-password").fill("correct-horse-battery");
    await page.getByTestId("auth-submit").click();
    await page.waitForURL((url) => !url.pathname.startsWith("/sign-up"), uiWait);
    expect(new URL(page.url()).origin).toBe(app.baseUrl);
    expect(new URL(page.url()).pathname).toBe("/");
  });
});
