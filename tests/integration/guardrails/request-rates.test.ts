// Request-rate limits on the public endpoints (429 with Retry-After and a sentence, per person and per client IP,
// the client being the socket's address unless TRUSTED_PROXIES vouches for X-Forwarded-For), the RATE_LIMITS=off
// switch, and the chat's daily LLM token budget handing over to the offline extractor. Requests carry the socket's
// address as the server stamps it (lib/http/peer-address.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as postAuth } from "@/app/api/auth/[...all]/route";
import { POST as postChat } from "@/app/api/chat/route";
import { POST as postTask } from "@/app/api/task/route";
import { seedDemoDirectory } from "@/db/providers";
import { fixedClock } from "@/lib/clock";
import { budgetNotice } from "@/lib/guardrails/token-budget";
import { peerAddressHeader } from "@/lib/http/peer-address";
import type { IntakeModel } from "@/lib/intake/intake-model";
import { createOfflineIntakeModel } from "@/lib/intake/offline-extractor";
import { runChatTurn } from "@/lib/intake/tasks";
import { overrideRuntime } from "@/lib/runtime";
import { anonymousSession, jsonRequest } from "../helpers";
import { person, useEnv } from "./support";

const clock = fixedClock("2026-11-25T15:00:00Z");
let restoreRuntime: () => void;

beforeAll(async () => {
  useEnv({
    RATE_LIMITS: "on",
    RATE_LIMIT_CHAT_PER_MINUTE: "2",
    RATE_LIMIT_CHAT_PER_IP_PER_MINUTE: "1000",
    RATE_LIMIT_SIGN_UP_PER_IP_PER_HOUR: "1",
    LLM_TOKENS_PER_PERSON_PER_DAY: "1500",
  });
  await seedDemoDirectory();
  restoreRuntime = overrideRuntime({ clock });
});
afterAll(() => {
  useEnv({ RATE_LIMITS: "off" });
  restoreRuntime();
});

async function newTask(cookie: string): Promise<string> {
  const response = await postTask(jsonRequest("/api/task", { cookie, body: { time_zone: "UTC" } }), {});
  return (await response.json()).task_id;
}

function chat(cookie: string, taskId: string, ip = "203.0.113.7") {
  return postChat(
    jsonRequest("/api/chat", {
      cookie,
      body: { task_id: taskId, message: "A dentist in Cambridge MA next week" },
      headers: { [peerAddressHeader]: ip },
    }),
    {},
  );
}

describe("request-rate limits", () => {
  it("answers a person's third chat message in a minute with a 429, Retry-After and what to do", async () => {
    const cookie = await anonymousSession();
    const taskId = await newTask(cookie);
    expect((await chat(cookie, taskId)).status).toBe(200);
    expect((await chat(cookie, taskId)).status).toBe(200);
    const refused = await chat(cookie, taskId);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await refused.json()).error).toMatch(
      /^You are sending messages faster than CallPilot can answer them: wait \d+ seconds?, then send your message again\.$/,
    );

    // Another person on the same network is not held back by this person's limit.
    const other = await anonymousSession();
    expect((await chat(other, await newTask(other))).status).toBe(200);
  });

  const signUp = (email: string, ip: string, forwardedFor?: string) =>
    postAuth(
      jsonRequest("/api/auth/sign-up/email", {
        body: { email, password: "correct-horse-battery", name: "Rate Test" },
        headers: { [peerAddressHeader]: ip, ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}) },
      }),
      {},
    );

  it("limits sign-ups per client IP, and lets another address through", async () => {
    expect((await signUp(`first-${Date.now()}@example.test`, "198.51.100.1")).status).toBe(200);
    const refused = await signUp(`second-${Date.now()}@example.test`, "198.51.100.1");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(60);
    expect((await refused.json()).error).toMatch(/^Too many accounts were created from your network/);
    expect((await signUp(`third-${Date.now()}@example.test`, "198.51.100.2")).status).toBe(200);
  });

  it("without TRUSTED_PROXIES, a client's own X-Forwarded-For buys it no fresh allowance", async () => {
    const from = "198.51.100.20";
    expect((await signUp(`fourth-${Date.now()}@example.test`, from, "192.0.2.1")).status).toBe(200);
    for (const spoofed of ["192.0.2.2", "192.0.2.3, 192.0.2.4", "::1"]) {
      expect((await signUp(`again-${Date.now()}@example.test`, from, spoofed)).status).toBe(429);
    }
  });

  it("turns every request-rate limit off with RATE_LIMITS=off", async () => {
    useEnv({ RATE_LIMITS: "off" });
    try {
      const cookie = await anonymousSession();
      const taskId = await newTask(cookie);
      for (let i = 0; i < 5; i++) expect((await chat(cookie, taskId)).status).toBe(200);
    } finally {
      useEnv({ RATE_LIMITS: "on" });
    }
  });
});

describe("the chat's daily LLM token budget", () => {
  /** The offline extractor's answers, reported as if an LLM had used 1000 tokens on each turn (400 reserved). */
  function meteredModel(): IntakeModel & { turns: number } {
    const offline = createOfflineIntakeModel();
    const model = {
      name: "gemini" as const,
      turns: 0,
      estimateTokens: () => 400,
      runTurn(input: Parameters<IntakeModel["runTurn"]>[0]) {
        model.turns++;
        const turn = offline.runTurn(input);
        return { ...turn, result: turn.result.then((result) => ({ ...result, tokensUsed: 1000 })) };
      },
    };
    return model;
  }

  it("answers on the model while tokens are left, then with the offline extractor and says why", async () => {
    const { userId, cookie } = await person();
    const taskId = await newTask(cookie);
    const model = meteredModel();
    const turn = async (message: string) =>
      (await runChatTurn({ userId, taskId, message }, { model, clock })).result;

    expect((await turn("I need a dentist")).reply).not.toContain(budgetNotice);
    expect((await turn("in Cambridge MA")).reply).not.toContain(budgetNotice);
    expect(model.turns).toBe(2);
    // 2000 of 1500 tokens used, no room for the next turn's 400: it is the offline extractor's, and it still understands.
    const third = await turn("next week, mornings");
    expect(model.turns).toBe(2);
    expect(third.reply.startsWith(budgetNotice)).toBe(true);
    expect(third.task_status).toBe("ready_to_call");
  });
});
