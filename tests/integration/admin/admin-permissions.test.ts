// Every admin route handler and every admin page, found on the file system (so a new one cannot skip the check),
// is asked by a visitor, a guest, a signed-in non-admin and an admin: 401 / redirect to sign in, 403, and through.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seedDemoDirectory } from "@/db/providers";
import { jsonRequest } from "../helpers";
import { createSessions, type Sessions } from "./admin-sessions";

const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));
// Pages import their forms, and the forms their server actions (lib/actions/server-action.ts is "server-only").
vi.mock("server-only", () => ({}));
// forbidden() is experimental in Next 16; next.config.ts enables it, which sets this flag in the real server.
process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = "true";

const root = path.resolve(import.meta.dirname, "../../..");
const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;
const sampleParams: Record<string, string> = { id: "does-not-exist", phone: "%2B16175550100" };

function filesNamed(dir: string, name: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesNamed(full, name);
    return entry.name === name ? [full] : [];
  });
}

/** app/admin/bookings/[id]/page.tsx → { url: "/admin/bookings/does-not-exist", params: { id } } */
function routeOf(file: string, base: string): { url: string; params: Record<string, string> } {
  const segments = path.relative(path.join(root, "app"), path.dirname(file)).split(path.sep);
  const params: Record<string, string> = {};
  const url = segments
    .filter((segment) => !/^\(.*\)$/.test(segment))
    .map((segment) => {
      const dynamic = /^\[(.+)\]$/.exec(segment);
      if (!dynamic) return segment;
      params[dynamic[1]] = sampleParams[dynamic[1]] ?? "sample";
      return params[dynamic[1]];
    })
    .join("/");
  expect(`/${url}`.startsWith(base)).toBe(true);
  return { url: `/${url}`, params };
}

const routeFiles = filesNamed(path.join(root, "app/api/admin"), "route.ts");
const pageFiles = filesNamed(path.join(root, "app/admin"), "page.tsx");

let sessions: Sessions;
beforeAll(async () => {
  await seedDemoDirectory();
  sessions = await createSessions();
});

describe("the admin area is found on the file system", () => {
  it("has the route handlers and pages this test checks", () => {
    expect(routeFiles.length).toBeGreaterThanOrEqual(10);
    expect(pageFiles.length).toBeGreaterThanOrEqual(9);
  });
});

describe.each(routeFiles.map((file) => [path.relative(root, file), file]))("%s", (_name, file) => {
  it("answers 401 to visitors and guests, 403 to non-admins, and lets admins through, for every method", async () => {
    const routeModule = (await import(file)) as Record<string, unknown>;
    const handlers = methods.filter((method) => typeof routeModule[method] === "function");
    expect(handlers.length).toBeGreaterThan(0);
    const { url, params } = routeOf(file, "/api/admin");
    for (const method of handlers) {
      const handler = routeModule[method] as (request: Request, context: unknown) => Promise<Response>;
      const call = (cookie: string | undefined) =>
        handler(
          // A body the handler would refuse: the role check must come before the body is even read.
          jsonRequest(url, {
            method,
            cookie,
            ...(method === "GET" || method === "DELETE" ? {} : { rawBody: "{not json" }),
          }),
          { params: Promise.resolve(params) },
        );
      for (const [who, cookie, status] of [
        ["a visitor", sessions.visitor, 401],
        ["a guest", sessions.guest, 401],
        ["a signed-in non-admin", sessions.user, 403],
      ] as const) {
        const response = await call(cookie);
        expect(response.status, `${method} ${url} by ${who}`).toBe(status);
        const body = await response.json();
        expect(typeof body.error, `${method} ${url} by ${who}`).toBe("string");
      }
      const asAdmin = await call(sessions.admin);
      expect([401, 403], `${method} ${url} by an admin`).not.toContain(asAdmin.status);
    }
  });
});

type PageModule = {
  default: (props: {
    params: Promise<Record<string, string>>;
    searchParams: Promise<Record<string, string>>;
  }) => unknown;
};

async function renderAs(file: string, cookie: string | undefined): Promise<{ digest: string | null }> {
  const { params } = routeOf(file, "/admin");
  requestHeaders.current = new Headers({ host: "127.0.0.1:3000", ...(cookie ? { cookie } : {}) });
  const page = ((await import(file)) as PageModule).default;
  try {
    await page({ params: Promise.resolve(params), searchParams: Promise.resolve({}) });
    return { digest: null };
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest !== "string") throw error;
    return { digest };
  }
}

describe.each(pageFiles.map((file) => [path.relative(root, file), file]))("%s", (_name, file) => {
  it("redirects visitors and guests to sign in (and back), answers 403 to non-admins, and renders for admins", async () => {
    const { url } = routeOf(file, "/admin");
    const signIn = `;/sign-in?next=${encodeURIComponent(url)};`;
    for (const cookie of [sessions.visitor, sessions.guest]) {
      const { digest } = await renderAs(file, cookie);
      expect(digest).toMatch(/^NEXT_REDIRECT;/);
      expect(digest).toContain(signIn);
    }
    expect((await renderAs(file, sessions.user)).digest).toBe("NEXT_HTTP_ERROR_FALLBACK;403");
    // An admin gets the page, or a 404 for the made-up id of a page about one booking or provider.
    const asAdmin = (await renderAs(file, sessions.admin)).digest;
    expect([null, "NEXT_HTTP_ERROR_FALLBACK;404"]).toContain(asAdmin);
  });
});
