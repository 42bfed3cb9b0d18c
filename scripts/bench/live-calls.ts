// What a live call needs from one instance: N calls in progress at once, each sending one request every ~3 s
// (open-loop: a phone line does not wait for the server), measured for N = 50, 100, 200, 400. On the Twilio path
// each call first sends Twilio's status callbacks (ringing, answered), then its next TwiML turn each time (greeting,
// "hold on", offers the script checks against the person's calendar, a mumble); on the ElevenLabs path each is an in-call tool request (check_availability, one
// request_booking per call). Target: p99 < 300 ms at 200 calls; the knee is the largest N under that bound.
import path from "node:path";
import { DateTime } from "luxon";
import twilio from "twilio";
import type { StubConversation } from "../../tests/support/elevenlabs-stub/conversation-record";
import { startElevenLabsStub } from "../../tests/support/elevenlabs-stub/server";
import { startTwilioStub, type StubCall } from "../../tests/support/twilio-stub";
import { freePort, startApp, type RunningApp } from "../../tests/e2e/support/server";
import { apiKey, elevenLabsEnv } from "./elevenlabs";
import { accountSid, authToken, hangUp, twilioEnv } from "./twilio";
import { knee, openLoopFigure, playLines, type LiveLine, type OpenLoopResult } from "./open-loop";
import {
  api,
  benchLimitsEnv,
  percentile,
  readyTask,
  verifiedSession,
  type BenchResult,
  type Session,
} from "./support";

// `--counts=400` measures only some counts; `--cpu-prof=DIR` writes each app's CPU profile there (read them with
// `npx tsx scripts/bench/profile-summary.ts DIR/*.cpuprofile`).
const countsOption = process.argv.find((arg) => arg.startsWith("--counts="))?.slice("--counts=".length);
export const liveCallCounts = countsOption ? countsOption.split(",").map(Number) : [50, 100, 200, 400];
const cpuProfileDir = process.argv.find((arg) => arg.startsWith("--cpu-prof="))?.slice("--cpu-prof=".length);
const periodMs = 3_000;
const phaseMs = 21_000;
const p99BoundMs = 300;
const swarm = 15;

const commonEnv = {
  MAX_CONCURRENT_CALLS: "500",
  RETRY_MAX: "0",
  // Redirected calls ring no business, so they are placed at any hour (the benchmark runs whenever).
  CALL_REDIRECT_TO: "+15555550123",
  // warn: the verification email of the benchmark's person is read from the log (no SMTP server here).
  LOG_LEVEL: "warn",
  ...benchLimitsEnv,
  ...(cpuProfileDir
    ? {
        NODE_OPTIONS: `--import ${path.join(import.meta.dirname, "cpu-profile-preload.mjs")}`,
        CALLPILOT_CPU_PROFILE_DIR: cpuProfileDir,
      }
    : {}),
};

export async function runLiveCallBenchmarks(): Promise<BenchResult[]> {
  return [...(await benchTwilioLines()), ...(await benchElevenLabsLines())];
}

async function benchTwilioLines(): Promise<BenchResult[]> {
  const stub = await startTwilioStub({ accountSid, authToken });
  let app: RunningApp | undefined;
  try {
    const port = await freePort();
    app = await startApp({
      port,
      env: { ...twilioEnv(stub, port), ...commonEnv },
    });
    const baseUrl = app.baseUrl;
    const session = await verifiedSession(app);
    const used = new Set<string>();
    const placeCalls = async (count: number) => {
      await placeSwarms(session, count);
      return waitFor(
        () => stub.calls.filter((call) => !used.has(call.sid)),
        count,
        used,
        (call) => call.sid,
      );
    };
    // Warm-up: the routes compiled and the caches filled before anything is measured.
    await playLines(
      (await placeCalls(30)).map((call) => twimlLine(baseUrl, call)),
      { periodMs, durationMs: 6_000 },
    );
    const results: OpenLoopResult[] = [];
    for (const count of liveCallCounts) {
      const calls = await placeCalls(count);
      results.push(
        await playLines(
          calls.map((call) => twimlLine(baseUrl, call)),
          { periodMs, durationMs: phaseMs },
        ),
      );
      await hangUp(app.baseUrl, calls);
    }
    return figures("Twilio: status callbacks and TwiML turns of simultaneous live calls", results);
  } finally {
    await app?.stop();
    await stub.close();
  }
}

async function benchElevenLabsLines(): Promise<BenchResult[]> {
  const results: OpenLoopResult[] = [];
  // A fresh app for each count: the stub never ends its calls, and MAX_CONCURRENT_CALLS (at most 500) counts them.
  for (const count of liveCallCounts) results.push(await playElevenLabsLines(count));
  return figures("ElevenLabs: in-call tool requests of simultaneous live calls", results);
}

async function playElevenLabsLines(count: number): Promise<OpenLoopResult> {
  const stub = await startElevenLabsStub({ apiKey, agents: ["agent_bench"] });
  let app: RunningApp | undefined;
  try {
    app = await startApp({
      env: { ...elevenLabsEnv(stub), ...commonEnv },
    });
    const session = await verifiedSession(app);
    const baseUrl = app.baseUrl;
    const used = new Set<string>();
    const placeCalls = async (wanted: number) => {
      await placeSwarms(session, wanted);
      return waitFor(
        () => [...stub.conversations.values()].filter((c) => !used.has(c.conversation_id)),
        wanted,
        used,
        (conversation) => conversation.conversation_id,
      );
    };
    await playLines(
      (await placeCalls(30)).map((c) => toolLine(baseUrl, c)),
      { periodMs, durationMs: 6_000 },
    );
    const conversations = await placeCalls(count);
    return await playLines(
      conversations.map((c) => toolLine(baseUrl, c)),
      { periodMs, durationMs: phaseMs },
    );
  } finally {
    await app?.stop();
    await stub.close();
  }
}

function figures(name: string, results: OpenLoopResult[]): BenchResult[] {
  const at200 = results.find((result) => result.lines === 200);
  const largest = knee(results, p99BoundMs);
  const holds200 =
    at200 !== undefined && at200.failures === 0 && percentile(at200.latencies, 99) < p99BoundMs;
  return [
    ...results.map((result) => ({
      name: `${name}, ${result.lines} calls, one request per call every ~${periodMs / 1000} s (open loop)`,
      figure: openLoopFigure(result),
      target: result.lines === 200 ? `p99 < ${p99BoundMs} ms` : "reported",
      pass: result.lines !== 200 || holds200,
    })),
    {
      name: `${name}: the knee`,
      figure: `the largest tested count with p99 < ${p99BoundMs} ms: ${largest} calls (tested ${liveCallCounts.join(", ")})`,
      target: "≥ 200 calls",
      pass: largest >= 200,
    },
  ];
}

/**
 * A Twilio call as our server sees it: Twilio's status callbacks (ringing, then answered: the webhooks a live call
 * sends), then the greeting and the receptionist's turns in order, the last repeated.
 */
function twimlLine(baseUrl: string, call: StubCall): LiveLine {
  const far = DateTime.now().setZone("America/New_York").plus({ weeks: 5 }).toFormat("LLLL d");
  const statusCallbacks: Array<Record<string, string>> = [
    { CallStatus: "ringing", SequenceNumber: "1" },
    { CallStatus: "in-progress", SequenceNumber: "2" },
  ];
  const turns: Array<Record<string, string>> = [
    { CallStatus: "in-progress", AnsweredBy: "human" },
    { SpeechResult: "Hold on, let me check the diary." },
    { SpeechResult: "Sure, what day works for them?" },
    { SpeechResult: `The first thing I have is ${far} at 10 am.` },
    { SpeechResult: "Then how about Tuesday at 9:30 am?" },
    { SpeechResult: "Hmm." },
    { SpeechResult: "Hold on, let me check the diary." },
  ];
  const post = (url: string, params: Record<string, string>) =>
    fetch(url, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-twilio-signature": twilio.getExpectedTwilioSignature(authToken, url, params),
      },
      body: new URLSearchParams(params),
    });
  const ids = { CallSid: call.sid, AccountSid: accountSid };
  return {
    send(turn) {
      if (turn < statusCallbacks.length)
        return post(`${baseUrl}/api/twilio/status`, { ...ids, ...statusCallbacks[turn] });
      const said = turns[Math.min(turn - statusCallbacks.length, turns.length - 1)];
      return post(`${baseUrl}/api/twilio/voice`, { ...ids, From: call.from, To: call.to, ...said });
    },
  };
}

/** An ElevenLabs call's tool requests: offers checked against the person's window, one booking attempt. */
function toolLine(baseUrl: string, conversation: StubConversation): LiveLine {
  const variables = conversation.conversation_initiation_client_data.dynamic_variables as Record<
    string,
    string
  >;
  const day = (offset: number, hour: number) =>
    `${new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10)}T${String(hour).padStart(2, "0")}:00`;
  return {
    send(turn) {
      const tool = turn === 3 ? "request-booking" : "check-availability";
      const start = turn % 2 === 0 ? day(40, 10) : day(3, 9 + (turn % 4));
      return fetch(`${baseUrl}/api/elevenlabs/tools/${tool}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-callpilot-tool-token": variables.secret__tool_token,
        },
        body: JSON.stringify({ call_id: variables.call_id, start }),
      });
    },
  };
}

/** Starts 15-call swarms in review mode until `count` more calls will be placed. */
async function placeSwarms(session: Session, count: number): Promise<void> {
  for (let placed = 0; placed < count; placed += swarm) {
    const taskId = await readyTask(session, "I need a dentist in Cambridge MA next week");
    const { status } = await api(session, "/api/booking/request", {
      task_id: taskId,
      preferences: { swarm_size: swarm, mode: "review" },
    });
    if (status >= 300) throw new Error(`booking request answered ${status}`);
  }
}

/** Waits until `count` new calls reached the stub, marks them used, and returns them. */
async function waitFor<T>(
  fresh: () => T[],
  count: number,
  used: Set<string>,
  key: (item: T) => string,
): Promise<T[]> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const found = fresh();
    if (found.length >= count) {
      // Give the app a moment to record the last dials before their first requests arrive.
      await new Promise((resolve) => setTimeout(resolve, 500));
      for (const item of found) used.add(key(item));
      return found.slice(0, count);
    }
    if (Date.now() > deadline) throw new Error(`only ${found.length} of ${count} calls were placed`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
