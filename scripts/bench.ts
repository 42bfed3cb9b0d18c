// npm run bench: builds the app if needed, starts it with `next start` on a free port, and prints each
// performance figure against its target. Timing targets live here, never in the test suite.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { startApp, type RunningApp } from "../tests/e2e/support/server";
import { databaseUrl, startThrowawayCluster } from "./postgres/throwaway-cluster";
import { benchConfirmLatency, benchFanOut, foundationServerEnv, sseLatencyResult } from "./bench/foundation";
import { runElevenLabsBenchmarks } from "./bench/elevenlabs";
import { runTwilioBenchmarks } from "./bench/twilio";
import { runLiveCallBenchmarks } from "./bench/live-calls";
import { runFirstContentBenchmarks } from "./bench/first-content";
import type { BenchResult } from "./bench/support";

const root = path.resolve(import.meta.dirname, "..");

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")) || process.argv.includes("--build")) {
    console.log("Building the app (next build)...");
    execFileSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit" });
  }
  // `npm run bench -- --only=live-calls` runs one group (foundation, postgresql, elevenlabs, twilio, live-calls,
  // first-content).
  const only = process.argv.find((arg) => arg.startsWith("--only="))?.slice("--only=".length);
  const groups: Array<[string, () => Promise<BenchResult[]>]> = [
    ["foundation", () => runFoundationBenchmarks(() => startApp({ env: foundationServerEnv }), "SQLite")],
    ["postgresql", runPostgresBenchmarks],
    ["elevenlabs", runElevenLabsBenchmarks],
    ["twilio", runTwilioBenchmarks],
    ["live-calls", runLiveCallBenchmarks],
    ["first-content", runFirstContentBenchmarks],
  ];
  const results: BenchResult[] = [];
  for (const [name, run] of groups) if (!only || only === name) results.push(...(await run()));
  console.log("\nCallPilot benchmarks");
  for (const result of results) {
    console.log(
      `${result.pass ? "PASS" : "MISS"}  ${result.name}\n      ${result.figure}\n      target: ${result.target}`,
    );
  }
  process.exitCode = results.every((r) => r.pass) ? 0 : 1;
}

/** The foundation's three figures against one app (one database, one instance), labelled with its database. */
async function runFoundationBenchmarks(
  start: () => Promise<RunningApp>,
  database: string,
): Promise<BenchResult[]> {
  const app = await start();
  try {
    const confirm = await benchConfirmLatency(app.baseUrl, ` [${database}]`);
    const fanOut = await benchFanOut(app.baseUrl, { label: ` [${database}]` });
    return [confirm, fanOut.result, sseLatencyResult(fanOut.sseLatencies, ` [${database}]`)];
  } finally {
    await app.stop();
  }
}

/**
 * The same figures on PostgreSQL (a throw-away local server, fsync off like the SQLite file's synchronous=NORMAL),
 * then the fan-out with two instances: swarms confirmed on one, their events followed from the other.
 */
async function runPostgresBenchmarks(): Promise<BenchResult[]> {
  const cluster = await startThrowawayCluster();
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("drop database if exists callpilot_bench");
    await admin.query("create database callpilot_bench");
    await admin.end();
    const env = {
      ...foundationServerEnv,
      DATABASE_URL: databaseUrl(cluster.url, "callpilot_bench"),
      BETTER_AUTH_SECRET: randomBytes(32).toString("hex"),
    };
    const results = await runFoundationBenchmarks(() => startApp({ env }), "PostgreSQL");
    const [a, b] = await Promise.all([startApp({ env }), startApp({ env })]);
    try {
      const fanOut = await benchFanOut(a.baseUrl, {
        streamUrl: b.baseUrl,
        label: " [PostgreSQL, 2 instances]",
      });
      results.push(
        fanOut.result,
        sseLatencyResult(fanOut.sseLatencies, " [PostgreSQL, 2 instances, across]"),
      );
    } finally {
      await Promise.all([a.stop(), b.stop()]);
    }
    return results;
  } finally {
    cluster.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
