// Shared helpers for route-handler tests: sessions for people, JSON requests against the real handlers.
import { getAuth } from "@/lib/auth/auth";

export const baseUrl = "http://127.0.0.1:3000";

/** Signs in a new anonymous visitor and returns the Cookie header that carries their session. */
export async function anonymousSession(): Promise<string> {
  const response = await getAuth().api.signInAnonymous({
    headers: new Headers({ host: "127.0.0.1:3000" }),
    asResponse: true,
  });
  return cookieHeaderFrom(response);
}

/** Signs up a person with email and password and returns their session cookie. */
export async function emailSession(email: string, password = "correct-horse-battery"): Promise<string> {
  const response = await getAuth().api.signUpEmail({
    body: { email, password, name: email.split("@")[0] },
    headers: new Headers({ host: "127.0.0.1:3000" }),
    asResponse: true,
  });
  return cookieHeaderFrom(response);
}

export function cookieHeaderFrom(response: Response): string {
  const cookies = response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
  if (cookies.length === 0) throw new Error(`no session cookie (status ${response.status})`);
  return cookies.join("; ");
}

export function jsonRequest(
  path: string,
  options: {
    method?: string;
    cookie?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
  } = {},
): Request {
  const headers = new Headers({ host: "127.0.0.1:3000", ...options.headers });
  if (options.cookie) headers.set("cookie", options.cookie);
  let body: string | undefined = options.rawBody;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers.set("content-type", "application/json");
  }
  return new Request(`${baseUrl}${path}`, {
    method: options.method ?? (body ? "POST" : "GET"),
    headers,
    body,
  });
}

export const params = <T extends Record<string, string>>(value: T) => ({ params: Promise.resolve(value) });

/** Waits until the predicate holds, polling; fails with the last value after the timeout. */
export async function eventually<T>(
  read: () => Promise<T>,
  predicate: (value: T) => boolean,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!predicate(last)) {
    if (Date.now() > deadline)
      throw new Error(`condition not met in ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
    last = await read();
  }
  return last;
}
