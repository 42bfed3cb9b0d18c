// A signed-up person with a verified email who has consented: what a real dialer requires before it calls anyone.
// Built through the app's own flow: sign-up, the verification link (read from the server log, where the app writes
// each email when SMTP_URL is unset, as in development), and the consent route. The guardrails' own browser test
// follows the link from a real SMTP server instead (tests/e2e/real-call-guardrails.test.ts).
import type { BrowserContext } from "playwright-core";
import { addSessionCookies } from "./browser";
import type { RunningApp } from "./server";

export interface VerifiedPerson {
  email: string;
  /** The Cookie header of their session. */
  cookie: string;
}

let counter = 0;

export async function verifiedPerson(app: RunningApp): Promise<VerifiedPerson> {
  const email = `person-${process.pid}-${++counter}-${Date.now()}@example.test`;
  const signUp = await post(app, "/api/auth/sign-up/email", {
    email,
    password: "correct-horse-battery",
    name: "Ada Lovelace",
  });
  if (!signUp.ok) throw new Error(`sign-up failed: ${signUp.status} ${await signUp.text()}`);
  const cookie = cookiesOf(signUp);

  const link = await verificationLinkFor(app, email);
  const verified = await fetch(link, { redirect: "manual" });
  if (verified.status >= 400) throw new Error(`verification failed: ${verified.status}`);

  const account = await (await fetch(`${app.baseUrl}/api/account`, { headers: { cookie } })).json();
  if (!account.email_verified) throw new Error("the email is still not verified after following the link");
  const consent = await post(app, "/api/account/consent", { version: account.consent.version }, cookie);
  if (consent.status !== 201) throw new Error(`consent failed: ${consent.status} ${await consent.text()}`);
  return { email, cookie };
}

/** Puts the person's session into a browser context, so its pages are theirs. */
export async function signInBrowser(context: BrowserContext, app: RunningApp, person: VerifiedPerson) {
  await addSessionCookies(context, app.baseUrl, person.cookie);
}

async function verificationLinkFor(app: RunningApp, email: string): Promise<string> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    for (const line of app.output().split("\n")) {
      if (!line.includes(email) || !line.startsWith("{")) continue;
      const entry = JSON.parse(line) as { to?: string; text?: string };
      const link = entry.to === email ? entry.text?.match(/https?:\/\/\S+/)?.[0] : undefined;
      if (link) return link;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`no verification email for ${email} in the server log`);
}

function post(app: RunningApp, pathname: string, body: unknown, cookie?: string): Promise<Response> {
  return fetch(`${app.baseUrl}${pathname}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: app.baseUrl, ...(cookie ? { cookie } : {}) },
    body: JSON.stringify(body),
  });
}

function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
}
