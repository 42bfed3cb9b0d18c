// GET /api/connections: signed-in only; each integration configured, not configured, or failing its cheap check
// against the local vendor stubs; and never a secret, or any part of one, in the answer.
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as connections } from "@/app/api/connections/route";
import { resetConfigForTests } from "@/lib/config";
import { startElevenLabsStub, type ElevenLabsStub } from "../../support/elevenlabs-stub/server";
import { startTwilioStub, type TwilioStub } from "../../support/twilio-stub";
import { anonymousSession, jsonRequest } from "../helpers";

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
];

let elevenLabs: ElevenLabsStub;
let twilio: TwilioStub;
let closedPort: number;
let cookie: string;

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
    PUBLIC_BASE_URL: "https://callpilot.example.com",
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
    connections?: Array<{ id: string; state: string; checked: boolean; detail: string }>;
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
  cookie = await anonymousSession();
});
afterAll(async () => {
  useEnv({});
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
});
