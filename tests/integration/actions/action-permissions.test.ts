// Every server action of the app, found on the file system (app/**/actions.ts, so an area's new actions are picked
// up without touching this test), must be made with personAction or adminAction (tagged with actionCallerKind) and
// have a sample input (samples/<area>.ts). Each is then called as a visitor, a guest, another person, the owner and
// an admin: admin actions refuse all but the admin (401, 401, 403); person actions need a session, and an owned
// resource is not found for anyone but its owner.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { seedDemoDirectory } from "@/db/providers";
import type { ActionState } from "@/lib/actions/action-state";
import { actionCallerKind, type CallerKind } from "@/lib/actions/server-action";
import { pauseBackgroundJobs } from "@/tests/support/job-runner";
import { emailSession } from "../helpers";
import { userIdOf } from "../admin/admin-fixtures";
import { createSessions, type Sessions } from "../admin/admin-sessions";
import type { ActionSample, ActionSamples, SampleContext } from "./samples/types";

const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("server-only", () => ({}));

const root = path.resolve(import.meta.dirname, "../../..");

function filesNamed(dir: string, name: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesNamed(full, name);
    return entry.name === name ? [full] : [];
  });
}

const actionFiles = filesNamed(path.join(root, "app"), "actions.ts").map((file) => path.relative(root, file));
const sampleFiles = fs
  .readdirSync(path.join(import.meta.dirname, "samples"))
  .filter((name) => name.endsWith(".ts") && name !== "types.ts");

type Action = ((input: unknown) => Promise<ActionState<unknown>>) & { [actionCallerKind]?: CallerKind };
type Outcome =
  | ActionState<unknown>["status"]
  | "redirect"
  | Exclude<ActionState<unknown>, { status: "ok" | "idle" }>["code"];

/** What a call came to: ok, a redirect (Next's redirect() after success), or the refusal's code. */
async function outcomeOf(action: Action, input: unknown, cookie: string | undefined): Promise<Outcome> {
  requestHeaders.current = new Headers({ host: "127.0.0.1:3000", ...(cookie ? { cookie } : {}) });
  try {
    const state = await action(input);
    return state.status === "error" ? state.code : state.status;
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT")) return "redirect";
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return "not_found";
    throw error;
  }
}

let sessions: Sessions;
let ctx: SampleContext;
let anotherPerson: string;
let samples: ActionSamples;

// A queued retry stays queued: no dispatch pass dials behind the test's back.
pauseBackgroundJobs();
beforeAll(async () => {
  await seedDemoDirectory();
  sessions = await createSessions();
  ctx = { sessions, ownerId: await userIdOf(sessions.userEmail) };
  anotherPerson = await emailSession(`another-${process.pid}-${Date.now()}@example.test`);
  samples = {};
  for (const name of sampleFiles) {
    Object.assign(
      samples,
      (
        (await import(/* @vite-ignore */ path.join(import.meta.dirname, "samples", name))) as {
          samples: ActionSamples;
        }
      ).samples,
    );
  }
});

describe("server actions are found on the file system", () => {
  it("has the admin area's actions files at least", () => {
    expect(actionFiles).toEqual(
      expect.arrayContaining([
        "app/admin/bookings/[id]/actions.ts",
        "app/admin/do-not-call/actions.ts",
        "app/admin/people/[id]/actions.ts",
        "app/admin/providers/actions.ts",
      ]),
    );
  });

  it("has no sample for an action that does not exist", async () => {
    const exported = new Set<string>();
    for (const file of actionFiles) {
      for (const name of Object.keys(await import(path.join(root, file)))) exported.add(`${file}#${name}`);
    }
    expect(Object.keys(samples).filter((key) => !exported.has(key))).toEqual([]);
  });
});

describe.each(actionFiles)("%s", (file) => {
  it("exports only wrapped actions, each with a sample, each refusing whoever may not use it", async () => {
    const actions = (await import(path.join(root, file))) as Record<string, Action>;
    const names = Object.keys(actions);
    expect(names.length, `${file} exports no action`).toBeGreaterThan(0);
    for (const name of names) {
      const key = `${file}#${name}`;
      const action = actions[name];
      expect(typeof action, key).toBe("function");
      const kind = action[actionCallerKind];
      expect(["person", "admin"], `${key} is not made with personAction or adminAction`).toContain(kind);
      const sample = samples[key];
      expect(sample, `${key} has no sample in tests/integration/actions/samples/`).toBeDefined();
      if (kind === "admin") await checkAdminAction(key, action, sample);
      else await checkPersonAction(key, action, sample);
    }
  });
});

async function checkAdminAction(key: string, action: Action, sample: ActionSample): Promise<void> {
  const input = await sample.prepare(ctx);
  expect(await outcomeOf(action, input, sessions.visitor), `${key} by a visitor`).toBe("unauthorized");
  expect(await outcomeOf(action, input, sessions.guest), `${key} by a guest`).toBe("unauthorized");
  expect(await outcomeOf(action, input, sessions.user), `${key} by a non-admin`).toBe("forbidden");
  expect(await outcomeOf(action, input, anotherPerson), `${key} by another non-admin`).toBe("forbidden");
  const asAdmin = await outcomeOf(action, input, sessions.admin);
  expect(["unauthorized", "forbidden", "internal"], `${key} by an admin: ${asAdmin}`).not.toContain(asAdmin);
}

async function checkPersonAction(key: string, action: Action, sample: ActionSample): Promise<void> {
  const input = await sample.prepare(ctx);
  expect(await outcomeOf(action, input, sessions.visitor), `${key} by a visitor`).toBe("unauthorized");
  if (sample.ownedResource) {
    expect(await outcomeOf(action, input, anotherPerson), `${key} by another person`).toBe("not_found");
    expect(["unauthorized", "forbidden", "not_found"], `${key} by a guest`).toContain(
      await outcomeOf(action, input, sessions.guest),
    );
    const asOwner = await outcomeOf(action, input, sessions.user);
    expect(
      ["unauthorized", "forbidden", "not_found", "internal"],
      `${key} by its owner: ${asOwner}`,
    ).not.toContain(asOwner);
    return;
  }
  if (sample.signedUpOnly) {
    expect(await outcomeOf(action, await sample.prepare(ctx), sessions.guest), `${key} by a guest`).toBe(
      "forbidden",
    );
  }
  for (const [who, cookie] of [
    ...(sample.signedUpOnly ? [] : ([["a guest", sessions.guest]] as const)),
    ["another person", anotherPerson],
    ["the owner", sessions.user],
    ["an admin", sessions.admin],
  ] as const) {
    const outcome = await outcomeOf(action, await sample.prepare(ctx), cookie);
    expect(["unauthorized", "forbidden", "internal"], `${key} by ${who}: ${outcome}`).not.toContain(outcome);
  }
}
