// Session cookies through Better Auth's real handler: Secure (with the __Secure- prefix) whenever the site is
// configured at an https address or the request came through a TLS proxy (X-Forwarded-Proto: https); plain only for
// plain http, where a Secure cookie would never come back.
import { afterEach, describe, expect, it } from "vitest";
import { POST as postAuth } from "@/app/api/auth/[...all]/route";
import { getCaller } from "@/lib/auth/session";
import { resetConfigForTests } from "@/lib/config";
import { cookieHeaderFrom, jsonRequest } from "../helpers";

const configuredUrls = ["PUBLIC_BASE_URL", "BETTER_AUTH_URL"] as const;

afterEach(() => {
  for (const key of configuredUrls) delete process.env[key];
  resetConfigForTests();
});

async function anonymousSignIn(headers: Record<string, string> = {}): Promise<Response> {
  const response = await postAuth(jsonRequest("/api/auth/sign-in/anonymous", { body: {}, headers }), {});
  expect(response.status).toBe(200);
  return response;
}

function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((line) => line.includes("session_token="));
  if (!cookie) throw new Error(`no session cookie in ${response.headers.getSetCookie().join(" | ")}`);
  return cookie;
}

describe("session cookies", () => {
  it("are plain over plain http, where a Secure cookie would be dropped", async () => {
    const cookie = sessionCookie(await anonymousSignIn());
    expect(cookie).toMatch(/^better-auth\.session_token=/);
    expect(cookie).not.toMatch(/;\s*Secure/i);
  });

  it("are Secure for a request a TLS proxy forwarded as https, and that session is read back", async () => {
    const forwarded = { "x-forwarded-proto": "https" };
    const response = await anonymousSignIn(forwarded);
    const cookie = sessionCookie(response);
    expect(cookie).toMatch(/^__Secure-better-auth\.session_token=/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    const caller = await getCaller(
      new Headers({ ...forwarded, host: "127.0.0.1:3000", cookie: cookieHeaderFrom(response) }),
    );
    expect(caller?.isAnonymous).toBe(true);
  });

  it("take the first hop of a proxy chain as the browser's own connection", async () => {
    expect(sessionCookie(await anonymousSignIn({ "x-forwarded-proto": "https, http" }))).toMatch(
      /;\s*Secure/i,
    );
    expect(sessionCookie(await anonymousSignIn({ "x-forwarded-proto": "http" }))).not.toMatch(/;\s*Secure/i);
  });

  for (const key of configuredUrls) {
    it(`are Secure on every request when ${key} is https`, async () => {
      process.env[key] = "https://callpilot.example";
      resetConfigForTests();
      const cookie = sessionCookie(await anonymousSignIn());
      expect(cookie).toMatch(/^__Secure-better-auth\.session_token=/);
      expect(cookie).toMatch(/;\s*Secure/i);
    });
  }
});
