// ElevenLabs benchmarks against the built app and the local API stub: the fan-out of a 15-call swarm when ElevenLabs
// answers each outbound-call request in 250 ms, and post-call webhook ingestion (signed, ~20 KB transcript, each
// event ending a real in-progress call) at 50 concurrent senders, with GET /health on the same server as baseline.
import autocannon from "autocannon";
import {
  dataCollection,
  elevenLabsSignature,
  transcriptionEvent,
  type StubConversation,
} from "../../tests/support/elevenlabs-stub/conversation-record";
import { startElevenLabsStub, type ElevenLabsStub } from "../../tests/support/elevenlabs-stub/server";
import { startApp, type RunningApp } from "../../tests/e2e/support/server";
import {
  benchLimitsEnv,
  verifiedSession,
  api,
  percentile,
  readBookingEvents,
  readyTask,
  summary,
  type BenchResult,
  type Session,
} from "./support";

export const apiKey = "bench-elevenlabs-key";
const webhookSecret = "wsec_bench_0123456789abcdef";
const answerMs = 250;
const senders = 50;

/** The app's ElevenLabs settings against the stub (its agent is "agent_bench"). */
export function elevenLabsEnv(stub: ElevenLabsStub): Record<string, string> {
  return {
    ELEVENLABS_API_KEY: apiKey,
    ELEVENLABS_AGENT_ID: "agent_bench",
    ELEVENLABS_AGENT_PHONE_NUMBER_ID: "phnum_test",
    ELEVENLABS_WEBHOOK_SECRET: webhookSecret,
    ELEVENLABS_BASE_URL: stub.url,
  };
}

export async function runElevenLabsBenchmarks(): Promise<BenchResult[]> {
  const stub = await startElevenLabsStub({ apiKey, agents: ["agent_bench"], outboundLatencyMs: answerMs });
  let app: RunningApp | undefined;
  try {
    app = await startApp({
      env: {
        ...elevenLabsEnv(stub),
        // Redirected calls ring no business, so they are placed at any hour (the benchmark runs whenever).
        CALL_REDIRECT_TO: "+15555550123",
        MAX_CONCURRENT_CALLS: "500",
        RETRY_MAX: "0",
        // warn: the verification email of the benchmark's person is read from the log (no SMTP server here).
        LOG_LEVEL: "warn",
        ...benchLimitsEnv,
      },
    });
    const session = await verifiedSession(app);
    const fanOut = await benchFanOut(session);
    stub.setOutboundLatency(0);
    const ingestion = await benchWebhookIngestion(app.baseUrl, session, stub);
    return [fanOut, ...ingestion];
  } finally {
    await app?.stop();
    await stub.close();
  }
}

/** Confirm → every one of the swarm's 15 ElevenLabs calls dialed (its call_dialed event), per run. */
async function benchFanOut(session: Session): Promise<BenchResult> {
  const fanOuts: number[] = [];
  const warmUpRuns = 2;
  for (let run = 0; run < warmUpRuns + 8; run++) {
    const taskId = await readyTask(session, "I need a dentist in Cambridge MA next week");
    const sentAt = Date.now();
    const { json } = await api<{ booking_id: string }>(session, "/api/booking/request", {
      task_id: taskId,
      preferences: { swarm_size: 15, mode: "review" },
    });
    const dialedAt: number[] = [];
    const stream = readBookingEvents(session, json.booking_id, (event) => {
      const data = event.data as { type?: string; at?: string };
      if (data.type === "call_dialed") dialedAt.push(Date.parse(data.at!));
      return dialedAt.length === 15;
    });
    await Promise.race([stream.done, new Promise((resolve) => setTimeout(resolve, 20_000))]);
    stream.stop();
    if (dialedAt.length !== 15) throw new Error(`expected 15 dialed calls, saw ${dialedAt.length}`);
    if (run >= warmUpRuns) fanOuts.push(Math.max(...dialedAt) - sentAt);
  }
  const worst = Math.max(...fanOuts);
  return {
    name: `ElevenLabs: confirm → all 15 calls dialed (stub answers each outbound call in ${answerMs} ms)`,
    figure: `p50 ${percentile(fanOuts, 50).toFixed(0)} ms, max ${worst.toFixed(0)} ms over ${fanOuts.length} swarms`,
    target: `< 1.3 × ${answerMs} ms = ${1.3 * answerMs} ms`,
    pass: worst < 1.3 * answerMs,
  };
}

async function benchWebhookIngestion(
  baseUrl: string,
  session: Session,
  stub: ElevenLabsStub,
): Promise<BenchResult[]> {
  await load(baseUrl, { path: "/health", amount: 2_000 }); // warm-up
  const baseline = await load(baseUrl, { path: "/health", amount: 10_000 });

  // The fan-out's swarms stay in progress (nobody answers them) and count against MAX_CONCURRENT_CALLS (500).
  const rounds = 5;
  const perRound = 20 * 15;
  const latencies: number[] = [];
  let requests = 0;
  let seconds = 0;
  let drainSeconds = 0;
  const used = new Set<string>([...stub.conversations.keys()]);
  for (let round = 0; round < rounds; round++) {
    const { conversations: fresh, bookingIds } = await inProgressConversations(session, stub, used, perRound);
    const events = fresh.map((conversation) => webhookRequest(conversation));
    const startedAt = performance.now();
    const result = await load(baseUrl, { path: "/api/elevenlabs/webhook", bodies: events });
    await allSettled(session, bookingIds);
    drainSeconds += (performance.now() - startedAt) / 1000;
    if (result.non2xx > 0) throw new Error(`${result.non2xx} webhook deliveries were refused`);
    latencies.push(...result.latencies);
    requests += result.requests;
    seconds += result.seconds;
  }
  const throughput = requests / seconds;
  const ratio = throughput / baseline.throughput;
  return [
    {
      name: `post-call webhook ingestion throughput, ${senders} concurrent senders, ~20 KB transcripts`,
      figure: `${throughput.toFixed(0)} req/s vs GET /health ${baseline.throughput.toFixed(0)} req/s (ratio ${ratio.toFixed(2)})`,
      // Closed-loop bursts on 2 shared cores: reported only; live calls' target is open-loop (live-calls.ts).
      target: "reported (the live-call figures carry the target)",
      pass: true,
    },
    {
      name: "post-call webhooks processed (every call ended, its booking settled), same bursts",
      figure: `${(requests / drainSeconds).toFixed(0)} events/s: each burst of ${perRound} fully processed ${((drainSeconds / rounds) * 1000).toFixed(0)} ms after its first delivery (mean)`,
      target: "reported, no target (processing runs right after each acknowledgement)",
      pass: true,
    },
    {
      name: "post-call webhook ingestion latency",
      figure: `${summary(latencies)} (GET /health p99 ${percentile(baseline.latencies, 99).toFixed(1)} ms)`,
      target: "reported (a burst of 300 finished calls at once; the live-call figures carry the target)",
      pass: true,
    },
  ];
}

/** Books enough 15-call swarms in review mode that `count` new ElevenLabs calls are in progress (silent stub). */
async function inProgressConversations(
  session: Session,
  stub: ElevenLabsStub,
  used: Set<string>,
  count: number,
): Promise<{ conversations: StubConversation[]; bookingIds: string[] }> {
  const bookingIds: string[] = [];
  for (let booked = 0; booked < count; booked += 15) {
    const taskId = await readyTask(session, "I need a dentist in Cambridge MA next week");
    const { json } = await api<{ booking_id: string }>(session, "/api/booking/request", {
      task_id: taskId,
      preferences: { swarm_size: 15, mode: "review" },
    });
    bookingIds.push(json.booking_id);
  }
  const deadline = Date.now() + 60_000;
  for (;;) {
    const fresh = [...stub.conversations.values()].filter((c) => !used.has(c.conversation_id));
    if (fresh.length >= count) {
      // Give the app a moment to record the last dials before their webhooks arrive.
      await new Promise((resolve) => setTimeout(resolve, 500));
      const conversations = fresh.slice(0, count);
      for (const conversation of conversations) used.add(conversation.conversation_id);
      return { conversations, bookingIds };
    }
    if (Date.now() > deadline) throw new Error(`only ${fresh.length} of ${count} calls were placed`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until none of these bookings is still processing: every call ended and the booking settled. */
async function allSettled(session: Session, bookingIds: string[]): Promise<void> {
  const waiting = new Set(bookingIds);
  const deadline = Date.now() + 120_000;
  while (waiting.size > 0) {
    const { json } = await api<{ bookings: Array<{ booking_id: string; status: string }> }>(
      session,
      "/api/bookings",
    );
    for (const booking of json.bookings)
      if (booking.status !== "processing") waiting.delete(booking.booking_id);
    if (Date.now() > deadline) throw new Error(`${waiting.size} bookings never settled`);
    if (waiting.size > 0) await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A realistic finished call: ~60 turns (~20 KB of JSON), summary and data-collection results. */
function webhookRequest(conversation: StubConversation): { body: string; signature: string } {
  const filler =
    "we have a few openings next week, mostly in the morning, and the hygienist can see new patients for a full cleaning";
  conversation.status = "done";
  conversation.call_duration_secs = 184;
  conversation.transcript = Array.from({ length: 60 }, (_, index) => ({
    role: index % 2 === 0 ? ("user" as const) : ("agent" as const),
    message: `Turn ${index + 1}: ${filler}; ${filler}.`,
    time_in_call_secs: index * 3,
  }));
  conversation.analysis = {
    call_successful: "success",
    transcript_summary: "The office offered two morning slots next week; nothing was booked.",
    data_collection_results: dataCollection({
      outcome: "slots_offered",
      offered_slots: "2026-12-01T09:00; 2026-12-02T10:00",
      requirements: "Insurance card",
      price: "$120",
    }),
  };
  const body = transcriptionEvent(conversation);
  return { body, signature: elevenLabsSignature(body, webhookSecret) };
}

interface LoadResult {
  throughput: number;
  requests: number;
  seconds: number;
  latencies: number[];
  non2xx: number;
}

/** Sends requests from `senders` concurrent connections: `amount` GETs of a path, or one POST per body. */
async function load(
  baseUrl: string,
  options: { path: string; amount?: number; bodies?: Array<{ body: string; signature: string }> },
): Promise<LoadResult> {
  const bodies = options.bodies ? [...options.bodies] : null;
  const latencies: number[] = [];
  let instance: autocannon.Instance | undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    instance = autocannon(
      {
        url: `${baseUrl}${options.path}`,
        connections: senders,
        amount: bodies ? bodies.length : options.amount,
        requests: [
          bodies
            ? {
                method: "POST",
                setupRequest: (request) => {
                  const next = bodies.shift()!;
                  return {
                    ...request,
                    body: next.body,
                    headers: { "content-type": "application/json", "elevenlabs-signature": next.signature },
                  };
                },
              }
            : { method: "GET" },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const seconds = result.duration;
  return {
    throughput: result.requests.total / seconds,
    requests: result.requests.total,
    seconds,
    latencies,
    non2xx: result.non2xx,
  };
}
