// Launches Debian's Chromium through playwright-core (never a downloaded browser) with a New York context that
// accepts downloads, in American English unless a test asks for another language (its Accept-Language follows).
import { chromium, type Browser, type BrowserContext } from "playwright-core";

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  close(): Promise<void>;
}

export async function openBrowser(
  options: { timezoneId?: string; locale?: string } = {},
): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
  const context = await browser.newContext({
    timezoneId: options.timezoneId ?? "America/New_York",
    acceptDownloads: true,
    viewport: { width: 1280, height: 900 },
    locale: options.locale ?? "en-US",
  });
  return {
    browser,
    context,
    close: async () => {
      await context.close().catch(() => undefined);
      await browser.close();
    },
  };
}

/** Puts a session's Cookie header ("a=1; b=2", as the API's Set-Cookie gave it) into a browser context for baseUrl. */
export async function addSessionCookies(
  context: BrowserContext,
  baseUrl: string,
  cookie: string,
): Promise<void> {
  await context.addCookies(
    cookie.split("; ").map((pair) => {
      const [name, ...value] = pair.split("=");
      return { name, value: value.join("="), url: baseUrl };
    }),
  );
}
