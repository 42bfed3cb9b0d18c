// The foundation's browser journey again, with every call placed through ElevenLabs — against the local API stub,
// which plays each receptionist by calling CallPilot's tool endpoints and then posting the signed post-call webhook.
// The agent is provisioned by the same function as `npm run elevenlabs:setup`, and CALL_REDIRECT_TO is on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpElevenLabsAgent } from "@/lib/calls/elevenlabs/agent-setup";
import { parseConfig } from "@/lib/config";
import { startElevenLabsStub, type ElevenLabsStub } from "../support/elevenlabs-stub/server";
import { openBrowser, type BrowserSession } from "./support/browser";
import { runBookingJourney } from "./support/journey";
import { verifiedPerson } from "./support/verified-person";
import { startApp, type RunningApp } from "./support/server";

const apiKey = "e2e-elevenlabs-key";
const webhookSecret = "wsec_e2e_0123456789abcdef";
const redirectTo = "+15555550123";

let stub: ElevenLabsStub;
let app: RunningApp;
let session: BrowserSession;

beforeAll(async () => {
  stub = await startElevenLabsStub({
    apiKey,
    agents: ["agent_e2e"],
    phoneNumbers: [{ id: "phnum_e2e", number: "+16175550000" }],
  });
  app = await startApp({
    env: {
      ELEVENLABS_API_KEY: apiKey,
      ELEVENLABS_AGENT_ID: "agent_e2e",
      ELEVENLABS_AGENT_PHONE_NUMBER_ID: "phnum_e2e",
      ELEVENLABS_WEBHOOK_SECRET: webhookSecret,
      ELEVENLABS_BASE_URL: stub.url,
      CALL_REDIRECT_TO: redirectTo,
      RETRY_MAX: "0",
    },
  });
  // The app's address is known only now: provision the agent's tools to point at it, as the setup command would.
  const report = await setUpElevenLabsAgent(
    parseConfig({
      ELEVENLABS_API_KEY: apiKey,
      ELEVENLABS_AGENT_ID: "agent_e2e",
      ELEVENLABS_BASE_URL: stub.url,
      PUBLIC_BASE_URL: app.baseUrl,
      LOG_LEVEL: "silent",
    }),
  );
  stub.configureReceptionist({ webhookUrl: report.webhookUrl, webhookSecret });
  session = await openBrowser();
});

afterAll(async () => {
  await session?.close();
  await stub?.idle();
  await app?.stop();
  await stub?.close();
});

describe("booking journey with ElevenLabs calls", () => {
  it("five calls through ElevenLabs still end with exactly one booked appointment", async () => {
    const { page, pageErrors } = await runBookingJourney(app, session, {
      screenshot: "booking-page-elevenlabs.png",
      person: await verifiedPerson(app),
    });
    expect(pageErrors).toEqual([]);
    await stub.idle();

    // ElevenLabs was asked for five calls, all to the redirect number, and every one was played to its end.
    expect(stub.outboundRequests).toHaveLength(5);
    expect(stub.outboundRequests.every((request) => request.to_number === redirectTo)).toBe(true);
    const conversations = [...stub.conversations.values()];
    expect(conversations.every((conversation) => conversation.status === "done")).toBe(true);
    const booked = conversations.filter(
      (conversation) => conversation.analysis?.data_collection_results.booked_slot?.value,
    );
    expect(booked).toHaveLength(1);
    expect(stub.requestCounts.get("POST /v1/convai/twilio/outbound-call")).toBe(5);

    // The page says the calls were redirected.
    await page.goto(page.url());
    await page.getByTestId("booked-banner").waitFor();
    expect(await page.getByTestId("redirected-tag").count()).toBeGreaterThan(0);
  });
});
