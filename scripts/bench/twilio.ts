// Twilio benchmark against the built app and the local stub of Twilio's REST API: the TwiML route's throughput and
// latency at 50 concurrent signed requests, each connection playing call after call, against GET /health on the same
// server as the baseline. Twice: the script's own turns (greeting, "hold on", "what day?", a day without a time, a
// mumble), then whole conversations whose offers run check_availability and request_booking and whose last turn
// ingests the call's outcome.
import { DateTime } from "luxon";
import autocannon from "autocannon";
import twilio from "twilio";
import { startTwilioStub, type StubCall, type TwilioStub } from "../../tests/support/twilio-stub";
import { freePort, startApp, type RunningApp } from "../../tests/e2e/support/server";
import {
  benchLimitsEnv,
  verifiedSession,
  api,
  percentile,
  readyTask,
  summary,
  type BenchResult,
  type Session,
} from "./support";

export const accountSid = "AC0000000000000000000000000000bec1";
export const authToken = "bench-twilio-auth-token";
const senders = 50;
const swarm = 15;

/** The app's Twilio settings against the stub, for an app listening on `port` (Twilio signs that URL). */
export function twilioEnv(stub: TwilioStub, port: number): Record<string, string> {
  return {
    TWILIO_ACCOUNT_SID: accountSid,
    TWILIO_AUTH_TOKEN: authToken,
    TWILIO_PHONE_NUMBER: "+16175550000",
    TWILIO_API_BASE_URL: stub.baseUrl,
    PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
  };
}

export async function runTwilioBenchmarks(): Promise<BenchResult[]> {
  const stub = await startTwilioStub({ accountSid, authToken });
  let app: RunningApp | undefined;
  try {
    const port = await freePort();
    app = await startApp({
      port,
      env: {
        ...twilioEnv(stub, port),
        MAX_CONCURRENT_CALLS: "500",
        RETRY_MAX: "0",
        // warn: the verification email of the benchmark's person is read from the log (no SMTP server here).
        LOG_LEVEL: "warn",
        ...benchLimitsEnv,
      },
    });
    return await benchTwimlRoute(app, stub);
  } finally {
    await app?.stop();
    await stub.close();
  }
}

async function benchTwimlRoute(app: RunningApp, stub: TwilioStub): Promise<BenchResult[]> {
  const baseUrl = app.baseUrl;
  const session = await verifiedSession(app);
  const used = new Set<string>();
  const scripted = scriptedTurns();
  const whole = wholeConversation();

  // Warm-up: a few whole conversations, and the baseline route, before anything is measured.
  const warmUp = await dialedCalls(session, stub, used, 7 * swarm);
  await load(baseUrl, { conversations: warmUp, turns: whole });
  await hangUp(baseUrl, warmUp);
  await load(baseUrl, { amount: 2_000 });
  const baseline = await load(baseUrl, { amount: 10_000 });
  const refused = await load(baseUrl, { amount: 10_000, unsignedPost: true });

  const scriptedCalls = await dialedCalls(session, stub, used, 25 * swarm);
  const route = await load(baseUrl, { conversations: scriptedCalls, turns: scripted });
  await hangUp(baseUrl, scriptedCalls);
  const wholeCalls = await dialedCalls(session, stub, used, 25 * swarm);
  const conversations = await load(baseUrl, { conversations: wholeCalls, turns: whole });
  await hangUp(baseUrl, wholeCalls);
  if (refused.non2xx !== 10_000) throw new Error("an unsigned request was not refused");
  if (route.non2xx + conversations.non2xx > 0) throw new Error("some TwiML requests were refused");

  return [
    ...figures(`TwiML route, the script's own turns (${scripted.length} per call)`, route, baseline, refused),
    ...figures(
      `TwiML route, whole conversations with check_availability, request_booking and ingestion (${whole.length} turns)`,
      conversations,
      baseline,
      refused,
    ),
  ];
}

/** `refused`: the same route refusing an unsigned POST (body read, signature checked, 403) — Next's floor for a POST. */
function figures(
  name: string,
  measured: LoadResult,
  baseline: LoadResult,
  refused: LoadResult,
): BenchResult[] {
  const ratio = measured.throughput / baseline.throughput;
  return [
    {
      name: `${name}: throughput at ${senders} concurrent signed requests`,
      figure: `${measured.throughput.toFixed(0)} req/s vs GET /health ${baseline.throughput.toFixed(0)} req/s (ratio ${ratio.toFixed(2)}); an unsigned POST refused with 403: ${refused.throughput.toFixed(0)} req/s`,
      // Closed-loop bursts on 2 shared cores, where the load generator competes with the server: reported only. The
      // target for a live call is open-loop (scripts/bench/live-calls.ts).
      target: "reported (the live-call figures carry the target)",
      pass: true,
    },
    {
      name: `${name}: latency`,
      figure: `${summary(measured.latencies)} (GET /health p99 ${percentile(baseline.latencies, 99).toFixed(1)} ms)`,
      target: "reported (the live-call figures carry the target)",
      pass: true,
    },
  ];
}

/**
 * The turns the script answers by itself: the greeting (Twilio's first request once a person answered), then
 * replies that keep the conversation going without reaching the booking tools.
 */
function scriptedTurns(): Array<Record<string, string>> {
  return [
    { CallStatus: "in-progress", AnsweredBy: "human" },
    { SpeechResult: "Hold on, let me check the diary." },
    { SpeechResult: "Sure, what day works for them?" },
    { SpeechResult: "We have something on Tuesday." },
    { SpeechResult: "Hmm." },
  ];
}

/** A whole call: an offer outside the window, one inside (both checked), and a 1 that holds it and ends the call. */
function wholeConversation(): Array<Record<string, string>> {
  const far = DateTime.now().setZone("America/New_York").plus({ weeks: 5 }).toFormat("LLLL d");
  return [
    { CallStatus: "in-progress", AnsweredBy: "human" },
    { SpeechResult: "Hold on, let me check the diary." },
    { SpeechResult: "Sure, what day works for them?" },
    { SpeechResult: `The first thing I have is ${far} at 10 am.` },
    { SpeechResult: "Then how about Tuesday at 9:30 am?" },
    { Digits: "1" },
  ];
}

/** Ends the calls with Twilio's final status callback (signed), so they stop counting against the call limit. */
export async function hangUp(baseUrl: string, calls: StubCall[]): Promise<void> {
  const statusUrl = `${baseUrl}/api/twilio/status`;
  for (const call of calls) {
    const params = {
      CallSid: call.sid,
      AccountSid: accountSid,
      CallStatus: "completed",
      SequenceNumber: "3",
    };
    const response = await fetch(statusUrl, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": twilio.getExpectedTwilioSignature(authToken, statusUrl, params),
      },
      body: new URLSearchParams(params),
    });
    if (!response.ok) throw new Error(`the status callback answered ${response.status}`);
  }
}

/** Books 15-call swarms in review mode until `count` new Twilio calls are in progress (nobody answers them). */
async function dialedCalls(
  session: Session,
  stub: TwilioStub,
  used: Set<string>,
  count: number,
): Promise<StubCall[]> {
  for (let placed = 0; placed < count; placed += swarm) {
    const taskId = await readyTask(session, "I need a dentist in Cambridge MA next week");
    await api(session, "/api/booking/request", {
      task_id: taskId,
      preferences: { swarm_size: swarm, mode: "review" },
    });
  }
  const deadline = Date.now() + 60_000;
  for (;;) {
    const fresh = stub.calls.filter((call) => !used.has(call.sid));
    if (fresh.length >= count) {
      // Give the app a moment to record the last dials before their first webhooks arrive.
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const call of fresh) used.add(call.sid);
      return fresh.slice(0, count);
    }
    if (Date.now() > deadline) throw new Error(`only ${fresh.length} of ${count} Twilio calls were placed`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

interface LoadResult {
  throughput: number;
  latencies: number[];
  non2xx: number;
}

/**
 * `senders` keep-alive connections: `amount` GETs of /health, or the TwiML route, where each connection plays one
 * call's turns in order and then takes the next call, every request signed as Twilio signs it.
 */
async function load(
  baseUrl: string,
  options: {
    amount?: number;
    unsignedPost?: boolean;
    conversations?: StubCall[];
    turns?: Array<Record<string, string>>;
  },
): Promise<LoadResult> {
  const pending = [...(options.conversations ?? [])];
  const turns = options.turns ?? [];
  const voiceUrl = `${baseUrl}/api/twilio/voice`;
  const latencies: number[] = [];
  const signedTurn = (index: number) => (request: autocannon.Request, context: object) => {
    const state = context as { call?: StubCall };
    if (index === 0) state.call = pending.shift();
    const call = state.call!;
    const params = {
      CallSid: call.sid,
      AccountSid: accountSid,
      From: call.from,
      To: call.to,
      ...turns[index],
    };
    return {
      ...request,
      method: "POST" as const,
      body: new URLSearchParams(params).toString(),
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": twilio.getExpectedTwilioSignature(authToken, voiceUrl, params),
      },
    };
  };
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.conversations || options.unsignedPost ? voiceUrl : `${baseUrl}/health`,
        connections: senders,
        // Stops while every connection can still take a fresh call for each conversation it starts.
        amount: options.conversations ? (pending.length - senders) * turns.length : options.amount,
        requests: options.conversations
          ? turns.map((_, index) => ({ setupRequest: signedTurn(index) }))
          : options.unsignedPost
            ? [
                {
                  method: "POST",
                  body: "CallSid=CA1&SpeechResult=Hello",
                  headers: { "content-type": "application/x-www-form-urlencoded" },
                },
              ]
            : [{ method: "GET" }],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return { throughput: result.requests.total / result.duration, latencies, non2xx: result.non2xx };
}
