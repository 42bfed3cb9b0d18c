// Two `next start` instances of one build on one PostgreSQL with one BETTER_AUTH_SECRET: a 15-call swarm is started
// through instance A while the person's booking page streams from instance B in Chromium; A is killed (SIGKILL) mid
// swarm; B finishes the work. Exactly one appointment is booked, every call is dialed once, the page on B received
// every event of the booking in order (those A wrote too), and the periodic work ran once per tick, not per instance.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  databaseUrl,
  startThrowawayCluster,
  type ThrowawayCluster,
} from "@/scripts/postgres/throwaway-cluster";
import { openBrowser, type BrowserSession } from "./support/browser";
import { startApp, type RunningApp } from "./support/server";

let cluster: ThrowawayCluster;
let db: pg.Client;
let appA: RunningApp;
let appB: RunningApp;
let session: BrowserSession;
const sweepSeconds = 1;

beforeAll(async () => {
  cluster = await startThrowawayCluster();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query("drop database if exists callpilot_instances");
  await admin.query("create database callpilot_instances");
  await admin.end();
  const url = databaseUrl(cluster.url, "callpilot_instances");
  const env = {
    DATABASE_URL: url,
    BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
    SIM_CALL_SECONDS: "5",
    SIM_QUESTION_WAIT_SECONDS: "2",
    SIM_DIAL_LATENCY_MS: "100",
    MAX_CONCURRENT_CALLS: "50",
    RETRY_MAX: "0",
    DIAL_LEASE_SECONDS: "3",
    DISPATCH_SWEEP_SECONDS: String(sweepSeconds),
    JOB_EXPIRY_CHECK_SECONDS: "2",
  };
  // Started together: one migrates, the other waits for the migration lock.
  [appA, appB] = await Promise.all([startApp({ env }), startApp({ env })]);
  db = new pg.Client({ connectionString: url });
  await db.connect();
  session = await openBrowser();
}, 180_000);

afterAll(async () => {
  await session?.close();
  await db?.end();
  await appA?.stop();
  await appB?.stop();
  cluster?.stop();
});

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await db.query<{ n: string }>(sql, params);
  return Number(rows[0].n);
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) {
      throw new Error(
        `timed out waiting for ${what}\n--- A ---\n${appA.output()}\n--- B ---\n${appB.output()}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe("several instances on one PostgreSQL", () => {
  it("A dies mid-swarm; B finishes it: one booking, every call dialed once, no event lost on B's page", async () => {
    expect(await count("select count(*) as n from drizzle.__drizzle_migrations")).toBeGreaterThan(0);

    // A guest session and a complete request on instance A (cookies are per host, so B knows the session too).
    const page = await session.context.newPage();
    const pageErrors: string[] = [];
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${appA.baseUrl}/chat`);
    await page.waitForURL(/\/chat\/task_[\w-]+$/, { timeout: 30_000 });
    const taskId = page.url().split("/").at(-1)!;
    const request = session.context.request;
    const chat = await request.post(`${appA.baseUrl}/api/chat`, {
      data: {
        task_id: taskId,
        message: "I need a dentist in Cambridge MA next week, mornings. I'm Sam Lee.",
      },
    });
    expect(chat.status()).toBe(200);
    expect((await chat.json()).task_status).toBe("ready_to_call");

    // The swarm starts on A; the live page is B's.
    const confirm = await request.post(`${appA.baseUrl}/api/booking/request`, {
      data: { task_id: taskId, preferences: { swarm_size: 15, mode: "auto" } },
    });
    expect(confirm.status(), `${await confirm.text()}\n--- A ---\n${appA.output()}`).toBe(202);
    const bookingId: string = (await confirm.json()).booking_id;
    await page.goto(`${appB.baseUrl}/booking/${bookingId}`);
    // Beside the page's own stream, a second EventSource from B records every event number it is sent.
    await page.evaluate((id) => {
      const seen: number[] = [];
      (window as unknown as { seenSeqs: number[] }).seenSeqs = seen;
      const source = new EventSource(`/api/booking/${id}/events`);
      source.addEventListener("call_event", (message) => seen.push(JSON.parse(message.data).seq));
    }, bookingId);

    // Mid-swarm: calls are dialed and talking, none has ended yet.
    await waitFor(
      "five dialed calls",
      async () =>
        (await count("select count(*) as n from call_events where booking_id = $1 and type = 'call_dialed'", [
          bookingId,
        ])) >= 5,
      30_000,
    );
    await appA.kill();
    const killedAt = Date.now();
    expect(
      await count(
        "select count(*) as n from calls where booking_id = $1 and status in ('queued','dialing','in_progress')",
        [bookingId],
      ),
    ).toBeGreaterThan(0);

    // B finishes everything: every call ends and the booking settles on one appointment.
    await waitFor(
      "every call to end",
      async () =>
        (await count(
          "select count(*) as n from calls where booking_id = $1 and status in ('queued','dialing','in_progress')",
          [bookingId],
        )) === 0,
      120_000,
    );
    const { rows: bookings } = await db.query("select status, booked_call_id from bookings where id = $1", [
      bookingId,
    ]);
    expect(bookings[0].status).toBe("booked");
    expect(
      await count("select count(*) as n from call_events where booking_id = $1 and type = 'booking_booked'", [
        bookingId,
      ]),
    ).toBe(1);

    // Every call was dialed at most once, and every call that talked was dialed exactly once.
    const { rows: dials } = await db.query<{ id: string; status: string; dials: string }>(
      `select c.id, c.status, (select count(*) from call_events e where e.call_id = c.id and e.type = 'call_dialed') as dials
       from calls c where c.booking_id = $1`,
      [bookingId],
    );
    expect(dials).toHaveLength(15);
    for (const call of dials) {
      const talked = ["completed", "no_answer", "busy", "voicemail"].includes(call.status);
      if (talked) expect(Number(call.dials), `call ${call.id} (${call.status})`).toBe(1);
      else expect(Number(call.dials), `call ${call.id} (${call.status})`).toBeLessThanOrEqual(1);
    }
    expect(dials.filter((call) => Number(call.dials) === 1).length).toBeGreaterThanOrEqual(5);

    // B's page shows the booked appointment, and its stream carried every event of the booking, in order.
    await page.getByTestId("booked-banner").waitFor({ timeout: 30_000 });
    const lastSeq = await count("select coalesce(max(seq), 0) as n from call_events where booking_id = $1", [
      bookingId,
    ]);
    await waitFor(
      "the page's stream to catch up",
      async () =>
        (await page.evaluate(() => (window as unknown as { seenSeqs: number[] }).seenSeqs.length)) >= lastSeq,
      15_000,
    );
    const seen = await page.evaluate(() => (window as unknown as { seenSeqs: number[] }).seenSeqs);
    expect(seen).toEqual(Array.from({ length: lastSeq }, (_, i) => i + 1));
    expect(pageErrors).toEqual([]);

    // The periodic work ran once per tick for the cluster, never once per instance.
    const ticks = await db.query<{ ticks: string; jobs: string }>(
      `select count(distinct singleton_on) as ticks, count(*) as jobs from (
         select singleton_on from pgboss.job where name = 'periodic-sweep'
         union all select singleton_on from pgboss.archive where name = 'periodic-sweep') runs`,
    );
    const runs = Number(ticks.rows[0].jobs);
    expect(runs).toBe(Number(ticks.rows[0].ticks));
    const elapsedTicks = (Date.now() - killedAt) / 1000 / sweepSeconds;
    expect(runs).toBeGreaterThan(elapsedTicks * 0.5);
  }, 240_000);
});
