// Open-loop load: each simulated live call sends its next request every ~3 s whether or not the last one was
// answered, as a phone line does (the business keeps talking). Latency is measured from the moment the request was
// due, not from when it left, so a stalled server's queueing shows in the figures instead of slowing the generator.
import { percentile } from "./support";

export interface LiveLine {
  /** Sends this line's `turn`-th request; resolves once the whole response was read. Throws or answers non-2xx on failure. */
  send(turn: number): Promise<Response>;
}

export interface OpenLoopResult {
  lines: number;
  latencies: number[];
  failures: number;
  seconds: number;
}

/** Plays every line for `durationMs`, one request per line every `periodMs` (±10 %), phases spread at random. */
export async function playLines(
  lines: LiveLine[],
  options: { periodMs: number; durationMs: number },
): Promise<OpenLoopResult> {
  const latencies: number[] = [];
  let failures = 0;
  const startedAt = performance.now();
  const endAt = startedAt + options.durationMs;
  const inFlight = new Set<Promise<void>>();

  const fire = (line: LiveLine, turn: number, dueAt: number) => {
    const request = (async () => {
      try {
        const response = await line.send(turn);
        await response.arrayBuffer();
        if (!response.ok) failures++;
      } catch {
        failures++;
      }
      latencies.push(performance.now() - dueAt);
    })();
    inFlight.add(request);
    void request.finally(() => inFlight.delete(request));
  };

  await Promise.all(
    lines.map(async (line) => {
      let dueAt = startedAt + Math.random() * options.periodMs;
      for (let turn = 0; dueAt < endAt; turn++) {
        await sleepUntil(dueAt);
        fire(line, turn, dueAt);
        dueAt += options.periodMs * (0.9 + Math.random() * 0.2);
      }
    }),
  );
  await Promise.all([...inFlight]);
  return { lines: lines.length, latencies, failures, seconds: (performance.now() - startedAt) / 1000 };
}

function sleepUntil(at: number): Promise<void> {
  const wait = at - performance.now();
  return wait > 0 ? new Promise((resolve) => setTimeout(resolve, wait)) : Promise.resolve();
}

export function openLoopFigure(result: OpenLoopResult): string {
  const { latencies } = result;
  return (
    `${result.lines} calls: p50 ${percentile(latencies, 50).toFixed(0)} ms, p99 ${percentile(latencies, 99).toFixed(0)} ms, ` +
    `max ${Math.max(...latencies).toFixed(0)} ms over ${latencies.length} requests (${(latencies.length / result.seconds).toFixed(0)} req/s)` +
    (result.failures > 0 ? `, ${result.failures} failed` : "")
  );
}

/** The largest number of simultaneous calls whose p99 stayed under the bound (0 when none did). */
export function knee(results: OpenLoopResult[], p99BoundMs: number): number {
  let largest = 0;
  for (const result of results) {
    if (result.failures === 0 && percentile(result.latencies, 99) < p99BoundMs)
      largest = Math.max(largest, result.lines);
  }
  return largest;
}
