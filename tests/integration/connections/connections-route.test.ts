// GET /api/connections: signed-in only; each integration configured, not configured, or failing its cheap check
// against the local vendor stubs; never a secret, or any part of one, in the answer; why a check failed for admins
// only; the live checks shared by every request for CONNECTION_CHECK_CACHE_SECONDS; and a rate limit.
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as connections } from "@/app/api/connections/route";
import { fixedClock } from "@/lib/clock";
import { resetConfigForTests } from "@/lib/config";
import { overrideRuntime } from "@/lib/runtime";
import { startElevenLabsStub, type ElevenLabsStub } from "../../support/elevenlabs-stub/server";
import { startTwilioStub, type TwilioStub } from "../../support/twilio-stub";
import { createSessions } from "../admin/admin-sessions";
import { jsonRequest } from "../helpers";

const accountSid = `AC${"c0ffee12".repeat(4)}`;
const secrets = {
  ELEVENLABS_API_KEY: "xi-sk-9a8b7c6d5e4f3a2b1c0d",
  TWILIO_AUTH_TOKEN: "twtok-0f1e2d3c4b5a69788796a5b4",
  GOOGLE_GENERATIVE_AI_API_KEY: "AIzaSyD4f9Kq2Lm8Xw3Rt7Vb1Np6",
  GOOGLE_PLACES_API_KEY: "AIzaSyZ8h2Jc5Qe1Wr9Ty4Ui7Op3",
  GOOGLE_CALENDAR_CLIENT_SECRET: "GOCSPX-k3Jd9QwZr7TnVb2LxPm8",
  SMTP_PASSWORD: "q7Vx2Lp9Zk4Wm1",
};
const managedKeys = [
  "ELEVENLABS_API_KEY",
  "ELEVENLABS_AGENT_ID",
  "ELEVENLABS_BASE_URL",
  "TWILIO_ACCOUNT_SID",
  "TWILIO_AUTH_TOKEN",
  "TWILIO_PHONE_NUMBER",
  "TWILIO_API_BASE_URL",
  "PUBLIC_BASE_URL",
  "GOOGLE_GENERATIVE_AI_API_KEY",
  "GOOGLE_PLACES_API_KEY",
  "GOOGLE_CALENDAR_CLIENT_ID",
  "GOOGLE_CALENDAR_CLIENT_SECRET",
  "SMTP_URL",
  "CONNECTION_CHECK_TIMEOUT_MS",
  "CONNECTION_CHECK_CACHE_SECONDS",
  "RATE_LIMITS",
  "RATE_LIMIT_CONNECTIONS_PER_MINUTE",
];

let elevenLabs: ElevenLabsStub;
let twilio: TwilioStub;
let closedPort: number;
/** An admin's session: the detail of each check is theirs to see. */
let cookie: string;
let guest: string;
const clock = fixedClock("2026-11-25T15:00:00Z");
let restoreRuntime: () => void;

function useEnv(values: Record<string, string>): void {
  for (const key of managedKeys) delete process.env[key];
  Object.assign(process.env, values);
  resetConfigForTests();
}

function everythingConfigured(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    ELEVENLABS_API_KEY: secrets.ELEVENLABS_API_KEY,
    ELEVENLABS_AGENT_ID: "agent_test",
    ELEVENLABS_BASE_URL: elevenLabs.url,
    TWILIO_ACCOUNT_SID: accountSid,
    TWILIO_AUTH_TOKEN: secrets.TWILIO_AUTH_TOKEN,
    TWILIO_PHONE_NUMBER: "+16175550100",
    TWILIO_API_BASE_URL: twilio.baseUrl,
    // http, like the test sessions: an https site would look for Secure session cookies instead.
    PUBLIC_BASE_URL: "http://127.0.0.1:3000",
    GOOGLE_GENERATIVE_AI_API_KEY: secrets.GOOGLE_GENERATIVE_AI_API_KEY,
    GOOGLE_PLACES_API_KEY: secrets.GOOGLE_PLACES_API_KEY,
    GOOGLE_CALENDAR_CLIENT_ID: "1234-calendar.apps.googleusercontent.com",
    GOOGLE_CALENDAR_CLIENT_SECRET: secrets.GOOGLE_CALENDAR_CLIENT_SECRET,
    SMTP_URL: `smtp://mailer:${secrets.SMTP_PASSWORD}@127.0.0.1:${closedPort}`,
    CONNECTION_CHECK_TIMEOUT_MS: "1500",
    ...overrides,
  };
}

async function fetchConnections(who: string | null = cookie) {
  const response = await connections(
    jsonRequest("/api/connections", { cookie: who ?? undefined }),
    undefined,
  );
  const text = await response.text();
  const body = JSON.parse(text) as {
    connections?: Array<{ id: string; state: string; checked?: boolean; detail?: string }>;
  };
  const byId = new Map((body.connections ?? []).map((c) => [c.id, c]));
  return { response, text, byId };
}

beforeAll(async () => {
  elevenLabs = await startElevenLabsStub({ apiKey: secrets.ELEVENLABS_API_KEY });
  twilio = await startTwilioStub({ accountSid, authToken: secrets.TWILIO_AUTH_TOKEN });
  // A port nothing listens on: the mail server "refuses the connection".
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
  ({ admin: cookie, guest } = await createSessions());
  restoreRuntime = overrideRuntime({ clock });
});
afterAll(async () => {
  useEnv({});
  restoreRuntime();
  await Promise.all([elevenLabs.close(), twilio.close()]);
});

describe("GET /api/connections", () => {
  it("answers 401 without a session", async () => {
    useEnv({});
    expect((await fetchConnections(null)).response.status).toBe(401);
  });

  it("lists all six integrations as not configured on a server with no keys", async () => {
    useEnv({});
    const { response, byId } = await fetchConnections();
    expect(response.status).toBe(200);
    expect([...byId.keys()].sort()).toEqual(
      ["elevenlabs", "email", "google_calendar", "google_places", "llm", "twilio"].sort(),
    );
    expect([...byId.values()].every((c) => c.state === "not_configured")).toBe(true);
  });

  it("checks ElevenLabs and Twilio against their stubs and reports the unreachable mail server as failing", async () => {
    useEnv(everythingConfigured());
    const { byId } = await fetchConnections();
    expect(byId.get("elevenlabs")).toMatchObject({ state: "configured", checked: true });
    expect(byId.get("twilio")).toMatchObject({ state: "configured", checked: true });
    expect(byId.get("email")).toMatchObject({ state: "failing", checked: true });
    expect(byId.get("llm")).toMatchObject({ state: "configured", checked: false });
    expect(byId.get("google_places")).toMatchObject({ state: "configured", checked: false });
    expect(byId.get("google_calendar")).toMatchObject({ state: "configured", checked: false });
  });

  it("reports refused credentials as failing", async () => {
    useEnv(
      everythingConfigured({
        ELEVENLABS_API_KEY: "xi-wrong-key-000000",
        TWILIO_AUTH_TOKEN: "wrong-token-111111",
      }),
    );
    const { byId } = await fetchConnections();
    expect(byId.get("elevenlabs")).toMatchObject({ state: "failing" });
    expect(byId.get("elevenlabs")!.detail).toMatch(/refused the credentials/);
    expect(byId.get("twilio")).toMatchObject({ state: "failing" });
  });

  it("calls a vendor that does not answer in time failing, after the check's timeout", async () => {
    useEnv(everythingConfigured({ CONNECTION_CHECK_TIMEOUT_MS: "200" }));
    elevenLabs.failNext("agents", { hangMs: 1_000 });
    const { byId } = await fetchConnections();
    expect(byId.get("elevenlabs")).toMatchObject({ state: "failing" });
    expect(byId.get("elevenlabs")!.detail).toMatch(/did not answer within 200 ms/);
  });

  it("never answers with a secret or any eight characters of one", async () => {
    useEnv(everythingConfigured());
    const { text } = await fetchConnections();
    for (const secret of Object.values(secrets)) {
      for (let start = 0; start + 8 <= secret.length; start++) {
        expect(text).not.toContain(secret.slice(start, start + 8));
      }
    }
    expect(text).not.toContain(accountSid);
  });

  it("shows anyone but an admin each state and what it enables, never whether or why a check failed", async () => {
    useEnv(everythingConfigured({ ELEVENLABS_API_KEY: "xi-wrong-key-000000" }));
    const { response, text, byId } = await fetchConnections(guest);
    expect(response.status).toBe(200);
    expect(Object.keys(byId.get("elevenlabs")!).sort()).toEqual(["enables", "id", "name", "state"]);
    expect(byId.get("elevenlabs")!.state).toBe("failing");
    expect(text).not.toMatch(/refused|credentials|did not answer|checked/);
  });

  it("runs the live checks once for every request within CONNECTION_CHECK_CACHE_SECONDS, then again", async () => {
    useEnv(everythingConfigured({ CONNECTION_CHECK_CACHE_SECONDS: "60" }));
    const agentChecks = () => elevenLabs.requestCounts.get("GET /v1/convai/agents/agent_test") ?? 0;
    const before = agentChecks();
    const answers = await Promise.all([fetchConnections(guest), fetchConnections(), fetchConnections(guest)]);
    expect(answers.map((answer) => answer.response.status)).toEqual([200, 200, 200]);
    clock.advance(59_000);
    expect((await fetchConnections()).byId.get("elevenlabs")).toMatchObject({ state: "configured" });
    expect(agentChecks() - before).toBe(1);
    clock.advance(2_000);
    await fetchConnections(guest);
    expect(agentChecks() - before).toBe(2);
  });

  it("answers a person who loads it too often with a 429", async () => {
    useEnv({ RATE_LIMITS: "on", RATE_LIMIT_CONNECTIONS_PER_MINUTE: "2" });
    const { guest: someone } = await createSessions();
    expect((await fetchConnections(someone)).response.status).toBe(200);
    expect((await fetchConnections(someone)).response.status).toBe(200);
    const refused = (await fetchConnections(someone)).response;
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});
