// Twilio route tests in one process: the stub of Twilio's REST API on a local port, the real SDK pointed at it
// (TWILIO_API_BASE_URL), and the stub receptionist delivering signed webhooks straight to the route handlers, as
// Twilio would reach them behind a proxy (the request arrives at an internal host; PUBLIC_BASE_URL is what it signed).
import { POST as postStatus } from "@/app/api/twilio/status/route";
import { POST as postVoice } from "@/app/api/twilio/voice/route";
import { seedDemoDirectory } from "@/db/providers";
import { runDispatchPass } from "@/lib/calls/dispatcher";
import { createOfflineReplyReader } from "@/lib/calls/twilio/offline-reading";
import { overrideReplyReader } from "@/lib/calls/twilio/reply-reader";
import { createTwilioDialer } from "@/lib/calls/twilio/twilio-dialer";
import { fixedClock } from "@/lib/clock";
import { getConfig, resetConfigForTests } from "@/lib/config";
import { overrideRuntime } from "@/lib/runtime";
import {
  playCall,
  type Deliver,
  type PlayedCall,
  type ReceptionistScript,
} from "../../support/twilio-receptionist";
import { settleReactions } from "../../support/job-runner";
import { startTwilioStub, type StubCall, type TwilioStub } from "../../support/twilio-stub";
import { createBookingWithProviderCalls } from "./booking-fixtures";

export const twilioAccount = {
  sid: "AC0123456789abcdef0123456789abcdef",
  token: "stub-auth-token-0123456789",
  number: "+16175550000",
  publicBaseUrl: "https://callpilot.example.test",
};

/** Where the app really listens behind the proxy: never what Twilio signed. */
export const internalOrigin = "http://127.0.0.1:3000";

export interface TwilioHarness {
  stub: TwilioStub;
  clock: ReturnType<typeof fixedClock>;
  /** Runs dispatch passes: dials every queued call through the real SDK against the stub. */
  dispatch(): Promise<number>;
  /** Each created call is played with the script this returns (by the number dialed). */
  receptionist(scriptFor: (call: StubCall) => ReceptionistScript): void;
  /** Waits until every call the stub created so far has been played to its end and its reactions have run. */
  settle(): Promise<PlayedCall[]>;
  deliver: Deliver;
  close(): Promise<void>;
}

export async function startTwilioHarness(
  options: { now?: string; env?: Record<string, string> } = {},
): Promise<TwilioHarness> {
  const stub = await startTwilioStub({ accountSid: twilioAccount.sid, authToken: twilioAccount.token });
  const env: Record<string, string> = {
    TWILIO_ACCOUNT_SID: twilioAccount.sid,
    TWILIO_AUTH_TOKEN: twilioAccount.token,
    TWILIO_PHONE_NUMBER: twilioAccount.number,
    TWILIO_API_BASE_URL: stub.baseUrl,
    PUBLIC_BASE_URL: twilioAccount.publicBaseUrl,
    RETRY_MAX: "2",
    RETRY_DELAY_MINUTES: "15",
    ...options.env,
  };
  Object.assign(process.env, env);
  resetConfigForTests();
  await seedDemoDirectory();
  const clock = fixedClock(options.now ?? "2026-03-04T15:00:00Z"); // Wednesday 10:00 in Boston
  const dialer = createTwilioDialer(getConfig());
  const restoreRuntime = overrideRuntime({ dialer, clock });
  const restoreReader = overrideReplyReader(createOfflineReplyReader());

  const plays: Promise<PlayedCall>[] = [];
  const deliver: Deliver = async (url, params, signature) => {
    const { pathname: path, search } = new URL(url);
    const request = new Request(`${internalOrigin}${path}${search}`, {
      method: "POST",
      headers: {
        host: "127.0.0.1:3000",
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": signature,
      },
      body: new URLSearchParams(params),
    });
    const handler = path === "/api/twilio/voice" ? postVoice : postStatus;
    const response = await handler(request, {});
    return { status: response.status, body: await response.text() };
  };

  return {
    stub,
    clock,
    deliver,
    dispatch: () => runDispatchPass({ dialer, clock, config: getConfig() }),
    receptionist(scriptFor) {
      stub.setOnCallCreated((call) => {
        plays.push(playCall(call, scriptFor(call), { authToken: twilioAccount.token, deliver }));
      });
    },
    async settle() {
      const played: PlayedCall[] = [];
      while (played.length < plays.length) played.push(await plays[played.length]);
      await settleReactions(); // retries, holds and settlement follow from the calls' end events
      return played;
    },
    async close() {
      restoreReader();
      restoreRuntime();
      await stub.close();
      for (const key of Object.keys(env)) delete process.env[key];
      resetConfigForTests();
    },
  };
}

/** One auto-mode booking of this person with one call, dialed and played to its end with this receptionist. */
export async function playOneCall(
  harness: TwilioHarness,
  userId: string,
  script: ReceptionistScript,
  providerIds?: string[],
): Promise<{ bookingId: string; callId: string; played: PlayedCall }> {
  const { bookingId, callIds } = await createBookingWithProviderCalls({
    userId,
    callCount: 1,
    mode: "auto",
    now: harness.clock.now(),
    providerIds,
  });
  harness.receptionist(() => script);
  const dialed = await harness.dispatch();
  if (dialed !== 1) throw new Error(`expected one call dialed, got ${dialed}`);
  const played = (await harness.settle()).at(-1)!;
  return { bookingId, callId: callIds[0], played };
}
