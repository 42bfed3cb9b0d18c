// POST /api/locale, behind the header's language switch: a known language is kept in the `locale` cookie and the
// browser goes back to the page it came from (never to another site); anything else is a 400 that sets nothing.
import { describe, expect, it } from "vitest";
import { POST } from "@/app/api/locale/route";
import { baseUrl } from "../helpers";

function choose(locale: string, referer?: string): Promise<Response> {
  return POST(
    new Request(`${baseUrl}/api/locale`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        ...(referer ? { referer } : {}),
      },
      body: new URLSearchParams({ locale }).toString(),
    }),
    undefined,
  );
}

describe("choosing the page's language", () => {
  it("sets the locale cookie for a year and goes back to the same page", async () => {
    const response = await choose("es", `${baseUrl}/chat/task_abc?x=1`);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/chat/task_abc?x=1");
    const cookie = response.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^locale=es; Path=\/; Max-Age=31536000; SameSite=Lax; HttpOnly$/);
  });

  it("goes to the home page when the form names no page, or one that would leave the site", async () => {
    expect((await choose("de")).headers.get("location")).toBe("/");
    expect((await choose("fr", "http://127.0.0.1:3000//evil.example/x")).headers.get("location")).toBe("/");
  });

  it("refuses a language the UI does not speak, and sets no cookie", async () => {
    const response = await choose("it", `${baseUrl}/`);
    expect(response.status).toBe(400);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(((await response.json()) as { error: string }).error).toMatch(/^Invalid request — locale: /);
  });
});
