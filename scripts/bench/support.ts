// Shared pieces of the benchmarks: a session against the running app, ready-to-call tasks, an SSE reader, stats.
import type { RunningApp } from "../../tests/e2e/support/server";
import { verifiedPerson } from "../../tests/e2e/support/verified-person";

export interface Session {
  baseUrl: string;
  cookie: string;
}

/**
 * The daily limits a benchmark runs under: it starts hundreds of bookings for one person in a few minutes, which
 * the defaults (5 bookings a day) are there to stop. Request-rate limits are off in every test server already.
 */
export const benchLimitsEnv = {
  BOOKINGS_PER_PERSON_PER_DAY: "100000",
  CALLS_PER_PERSON_PER_DAY: "1000000",
  CALLS_PER_NUMBER_PER_DAY: "1000000",
  CALLS_PER_DAY: "10000000",
};

/** A verified, consenting person's session: a real dialer calls for nobody else. */
export async function verifiedSession(app: RunningApp): Promise<Session> {
  const person = await verifiedPerson(app);
  return { baseUrl: app.baseUrl, cookie: person.cookie };
}

export async function anonymousSession(baseUrl: string): Promise<Session> {
  const response = await fetch(`${baseUrl}/api/auth/sign-in/anonymous`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: "{}",
  });
  if (!response.ok) throw new Error(`anonymous sign-in failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { baseUrl, cookie };
}

export async function api<T>(
  session: Session,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: T }> {
  const response = await fetch(`${session.baseUrl}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { cookie: session.cookie, "content-type": "application/json", origin: session.baseUrl },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as T };
}

/** A task that is ready to call, made through the real chat. */
export async function readyTask(session: Session, message: string): Promise<string> {
  const { json: task } = await api<{ task_id: string }>(session, "/api/task", {
    time_zone: "America/New_York",
  });
  const { json: turn } = await api<{ task_status: string }>(session, "/api/chat", {
    task_id: task.task_id,
    message,
  });
  if (turn.task_status !== "ready_to_call")
    throw new Error(`task not ready after "${message}": ${JSON.stringify(turn)}`);
  return task.task_id;
}

export interface SseEvent {
  event: string;
  data: unknown;
  receivedAt: number;
}

/** Reads a booking's event stream, calling onEvent for each event, until stop() is called. */
export function readBookingEvents(
  session: Session,
  bookingId: string,
  onEvent: (event: SseEvent) => boolean | void,
): { done: Promise<void>; stop: () => void } {
  const controller = new AbortController();
  const done = (async () => {
    const response = await fetch(`${session.baseUrl}/api/booking/${bookingId}/events`, {
      headers: { cookie: session.cookie, accept: "text/event-stream" },
      signal: controller.signal,
    });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { value, done: ended } = await reader.read();
        if (ended) return;
        buffer += decoder.decode(value, { stream: true });
        let boundary: number;
        while ((boundary = buffer.indexOf("\n\n")) >= 0) {
          const block = buffer.slice(0, boundary);
          buffer = buffer.slice(boundary + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data && onEvent({ event, data: JSON.parse(data), receivedAt: Date.now() }) === true) {
            controller.abort();
            return;
          }
        }
      }
    } catch (error) {
      if ((error as Error).name !== "AbortError") throw error;
    }
  })();
  return { done, stop: () => controller.abort() };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)];
}

export function summary(values: number[]): string {
  const fmt = (n: number) => n.toFixed(1);
  return `n=${values.length} p50=${fmt(percentile(values, 50))} ms p95=${fmt(percentile(values, 95))} ms p99=${fmt(percentile(values, 99))} ms max=${fmt(Math.max(...values))} ms`;
}

export interface BenchResult {
  name: string;
  figure: string;
  target: string;
  pass: boolean;
}
