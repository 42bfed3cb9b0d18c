// The Twilio dialer through the real SDK against the stub of Twilio's REST API: what a created call asks Twilio
// for, the call SID stored on our call, CALL_REDIRECT_TO, and Twilio's errors as clear, correctly retried failures.
import twilio from "twilio";
import type RequestClient from "twilio/lib/base/RequestClient";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getCall } from "@/db/calls";
import { getProvider } from "@/db/providers";
import { runDispatchPass } from "@/lib/calls/dispatcher";
import { createTwilioDialer } from "@/lib/calls/twilio/twilio-dialer";
import { getConfig, parseConfig } from "@/lib/config";
import { createBookingWithProviderCalls, createTestUser } from "./support/booking-fixtures";
import { startTwilioHarness, twilioAccount, type TwilioHarness } from "./support/twilio-harness";
import type { StubFailure } from "../support/twilio-stub";

let harness: TwilioHarness;

beforeAll(async () => {
  harness = await startTwilioHarness();
  harness.stub.setOnCallCreated(undefined);
});

afterAll(async () => {
  await harness.close();
});

async function queuedCall() {
  const userId = await createTestUser();
  const { callIds } = await createBookingWithProviderCalls({
    userId,
    callCount: 1,
    mode: "auto",
    now: harness.clock.now(),
  });
  return callIds[0];
}

describe("placing a call through Twilio", () => {
  it("creates the call with our TwiML and status URLs, machine detection and a ring timeout, and stores its SID", async () => {
    const callId = await queuedCall();
    expect(await harness.dispatch()).toBe(1);
    const created = harness.stub.calls.at(-1)!;
    const call = (await getCall(callId))!;
    const provider = (await getProvider(call.providerId))!;

    expect(created.params).toMatchObject({
      To: provider.phone,
      From: twilioAccount.number,
      Url: "https://callpilot.example.test/api/twilio/voice",
      Method: "POST",
      StatusCallback: "https://callpilot.example.test/api/twilio/status",
      StatusCallbackMethod: "POST",
      StatusCallbackEvent: ["initiated", "ringing", "answered", "completed"],
      MachineDetection: "DetectMessageEnd",
      Timeout: "25",
      TimeLimit: "600",
    });
    expect(call.status).toBe("in_progress");
    expect(call.dialer).toBe("twilio");
    expect(call.externalId).toBe(created.sid);
    expect(call.redirectedTo).toBeNull();
  });

  it("only asks whether a machine answered when voicemail is hung up on", async () => {
    const config = parseConfig({ ...process.env, TWILIO_VOICEMAIL: "hang_up" });
    const dialer = createTwilioDialer(config);
    const callId = await queuedCall();
    await runDispatchPass({ dialer, clock: harness.clock, config });
    expect(harness.stub.calls.at(-1)!.params.MachineDetection).toBe("Enable");
    expect((await getCall(callId))?.status).toBe("in_progress");
  });

  it("dials CALL_REDIRECT_TO instead of the business when the safety switch is on", async () => {
    const config = parseConfig({ ...process.env, CALL_REDIRECT_TO: "+16175559999" });
    const callId = await queuedCall();
    await runDispatchPass({ dialer: createTwilioDialer(config), clock: harness.clock, config });
    expect(harness.stub.calls.at(-1)!.to).toBe("+16175559999");
    expect((await getCall(callId))?.redirectedTo).toBe("+16175559999");
  });

  it("works with an HTTP client handed to the SDK directly", async () => {
    const seen: string[] = [];
    class RecordingClient extends twilio.RequestClient {
      override request<T>(options: RequestClient.RequestOptions<T>) {
        seen.push(`${options.method} ${options.uri}`);
        return super.request<T>({
          ...options,
          uri: options.uri.replace("https://api.twilio.com", harness.stub.baseUrl),
        });
      }
    }
    const config = getConfig();
    const callId = await queuedCall();
    await runDispatchPass({
      dialer: createTwilioDialer(config, { httpClient: new RecordingClient() }),
      clock: harness.clock,
      config,
    });
    expect(seen).toEqual([`post https://api.twilio.com/2010-04-01/Accounts/${twilioAccount.sid}/Calls.json`]);
    expect((await getCall(callId))?.status).toBe("in_progress");
  });
});

describe("Twilio's errors", () => {
  it.each<[StubFailure, string]>([
    ["invalid_number", "The business's phone number is not a valid phone number."],
    [
      "unverified_number",
      "The number is not verified: a Twilio trial account may only call verified numbers (verify it, or upgrade the account).",
    ],
    [
      "geo_permission",
      "The Twilio account may not call this country: enable it in the account's Voice geographic permissions.",
    ],
    ["auth", "Twilio refused the credentials: check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN."],
  ])("%s ends the call as failed with a clear reason, without trying again", async (failure, reason) => {
    const callId = await queuedCall();
    const before = harness.stub.createRequests();
    harness.stub.failNext(failure);
    await harness.dispatch();
    const call = (await getCall(callId))!;
    expect(call.status).toBe("failed");
    expect(call.failureReason).toBe(reason);
    expect(harness.stub.createRequests() - before).toBe(1);
  });

  it("a wrong auth token is refused by Twilio and reported as a credentials problem", async () => {
    const config = parseConfig({ ...process.env, TWILIO_AUTH_TOKEN: "not-the-token" });
    const callId = await queuedCall();
    await runDispatchPass({ dialer: createTwilioDialer(config), clock: harness.clock, config });
    expect((await getCall(callId))?.failureReason).toBe(
      "Twilio refused the credentials: check TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN.",
    );
  });

  it("retries a rate limit and a server error with backoff, then places the call", async () => {
    const callId = await queuedCall();
    const before = harness.stub.createRequests();
    harness.stub.failNext("rate_limited", "server_error");
    await harness.dispatch();
    expect(harness.stub.createRequests() - before).toBe(3);
    expect((await getCall(callId))?.status).toBe("in_progress");
  });

  it("gives up on a server error that persists after the retries", async () => {
    const callId = await queuedCall();
    harness.stub.failNext("server_error", "server_error", "server_error");
    await harness.dispatch();
    const call = (await getCall(callId))!;
    expect(call.status).toBe("failed");
    expect(call.failureReason).toBe("Twilio had a temporary problem (HTTP 503).");
  });

  it("an unreachable API is retried and then reported as unreachable", async () => {
    const config = parseConfig({ ...process.env, TWILIO_API_BASE_URL: "http://127.0.0.1:9" });
    const callId = await queuedCall();
    await runDispatchPass({ dialer: createTwilioDialer(config), clock: harness.clock, config });
    expect((await getCall(callId))?.failureReason).toBe("Twilio's API could not be reached.");
  });
});
