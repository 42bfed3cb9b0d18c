// npm run bench: builds the app if needed, starts it with `next start` on a free port, and prints each
// performance figure against its target. Timing targets live here, never in the test suite.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startApp } from "../tests/e2e/support/server";
import { benchConfirmLatency, benchFanOut, foundationServerEnv, sseLatencyResult } from "./bench/foundation";
import { runElevenLabsBenchmarks } from "./bench/elevenlabs";
import { runTwilioBenchmarks } from "./bench/twilio";
import type { BenchResult } from "./bench/support";

const root = path.resolve(import.meta.dirname, "..");

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")) || process.argv.includes("--build")) {
    console.log("Building the app (next build)...");
    execFileSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit" });
  }
  const results: BenchResult[] = [];
  const app = await startApp({ env: foundationServerEnv });
  try {
    results.push(await benchConfirmLatency(app.baseUrl));
    const fanOut = await benchFanOut(app.baseUrl);
    results.push(fanOut.result, sseLatencyResult(fanOut.sseLatencies));
  } finally {
    await app.stop();
  }
  results.push(...(await runElevenLabsBenchmarks()));
  results.push(...(await runTwilioBenchmarks()));
  console.log("\nCallPilot benchmarks");
  for (const result of results) {
    console.log(
      `${result.pass ? "PASS" : "MISS"}  ${result.name}\n      ${result.figure}\n      target: ${result.target}`,
    );
  }
  process.exitCode = results.every((r) => r.pass) ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
