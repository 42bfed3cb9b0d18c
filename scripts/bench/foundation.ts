// Foundation benchmarks: the confirm request's latency, the parallel fan-out of a 15-call swarm with a dialer
// taking 250 ms per request, and the latency from a call event to the browser over Server-Sent Events.
import {
  api,
  anonymousSession,
  benchLimitsEnv,
  percentile,
  readBookingEvents,
  readyTask,
  summary,
  type BenchResult,
} from "./support";

const dialLatencyMs = 250;

export const foundationServerEnv = {
  SIM_CALL_SECONDS: "1",
  SIM_DIAL_LATENCY_MS: String(dialLatencyMs),
  MAX_CONCURRENT_CALLS: "200",
  RETRY_MAX: "0",
  LOG_LEVEL: "error",
  ...benchLimitsEnv,
};

export async function benchConfirmLatency(baseUrl: string, label = ""): Promise<BenchResult> {
  const session = await anonymousSession(baseUrl);
  const tasks: string[] = [];
  for (let i = 0; i < 65; i++)
    tasks.push(await readyTask(session, "I need a barber in Boston next week, afternoons"));
  const timings: number[] = [];
  for (const [index, taskId] of tasks.entries()) {
    const started = performance.now();
    const { status } = await api(session, "/api/booking/request", {
      task_id: taskId,
      preferences: { swarm_size: 3, mode: "review" },
    });
    const elapsed = performance.now() - started;
    if (status !== 202) throw new Error(`confirm answered ${status}`);
    if (index >= 5) timings.push(elapsed); // the first few warm up the route
    // A steady 10 confirmations a second: each one's calls run in this same server while later ones arrive.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 100 - elapsed)));
  }
  const p95 = percentile(timings, 95);
  return {
    name: `confirm request response time${label}`,
    figure: summary(timings),
    target: "p95 < 50 ms",
    pass: p95 < 50,
  };
}

/**
 * Confirms 15-call swarms through `baseUrl` and follows each booking's events from `streamUrl` (another instance of
 * the same cluster when given: its page learns of the dials other instances make through the database).
 */
export async function benchFanOut(
  baseUrl: string,
  options: { streamUrl?: string; label?: string } = {},
): Promise<{ result: BenchResult; sseLatencies: number[] }> {
  const session = await anonymousSession(baseUrl);
  const streamSession = { ...session, baseUrl: options.streamUrl ?? baseUrl };
  const fanOuts: number[] = [];
  const sseLatencies: number[] = [];
  const warmUpRuns = 2;
  for (let run = 0; run < warmUpRuns + 8; run++) {
    const taskId = await readyTask(session, "I need a dentist in Cambridge MA next week");
    const sentAt = Date.now();
    const { json } = await api<{ booking_id: string }>(session, "/api/booking/request", {
      task_id: taskId,
      preferences: { swarm_size: 15, mode: "review" },
    });
    const dialedAt: number[] = [];
    let calls = 0;
    const stream = readBookingEvents(streamSession, json.booking_id, (event) => {
      if (event.event === "booking") {
        const view = event.data as { status: string; results: unknown[] };
        calls = view.results.length;
        return view.status !== "processing";
      }
      const data = event.data as { type: string; at: string };
      sseLatencies.push(event.receivedAt - Date.parse(data.at));
      if (data.type === "call_dialed") dialedAt.push(Date.parse(data.at));
    });
    await stream.done;
    if (calls !== 15 || dialedAt.length !== 15)
      throw new Error(`expected 15 dialed calls, saw ${dialedAt.length} of ${calls}`);
    if (run >= warmUpRuns) fanOuts.push(Math.max(...dialedAt) - sentAt); // the first runs warm up the route
  }
  const worst = Math.max(...fanOuts);
  return {
    result: {
      name: `confirm → all 15 calls dialed (dialer takes ${dialLatencyMs} ms per request)${options.label ?? ""}`,
      figure: summary(fanOuts),
      target: `max < ${1.3 * dialLatencyMs} ms (1.3 × ${dialLatencyMs} ms)`,
      pass: worst < 1.3 * dialLatencyMs,
    },
    sseLatencies,
  };
}

export function sseLatencyResult(latencies: number[], label = ""): BenchResult {
  return {
    name: `call event → browser over SSE${label}`,
    figure: summary(latencies),
    target: "p95 < 250 ms",
    pass: percentile(latencies, 95) < 250,
  };
}
