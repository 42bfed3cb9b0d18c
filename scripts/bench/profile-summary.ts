// Reads V8 CPU profiles (node --cpu-prof) and prints where the time went: self time per function (with its file),
// and the share spent in garbage collection, idle and the program itself — to find what stalls the event loop.
import fs from "node:fs";
import path from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

// `--from=20 --to=45` (seconds since the profile started) keeps only that stretch: the measured phase, without the
// start-up's module compilation.
const secondsOption = (name: string) => {
  const value = process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  return value === undefined ? undefined : Number(value) * 1000;
};
const fromMs = secondsOption("from") ?? 0;
const toMs = secondsOption("to") ?? Infinity;

function selfTimes(profile: CpuProfile): Map<string, number> {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let elapsedMs = 0;
  profile.samples.forEach((id, index) => {
    elapsedMs += (profile.timeDeltas[index] ?? 0) / 1000;
    if (elapsedMs < fromMs || elapsedMs > toMs) return;
    const frame = byId.get(id)!.callFrame;
    const where = frame.url ? `${shortUrl(frame.url)}:${frame.lineNumber + 1}` : "";
    const key = `${frame.functionName || "(anonymous)"} ${where}`.trim();
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000);
  });
  return totals;
}

function shortUrl(url: string): string {
  const marker = url.lastIndexOf("node_modules/");
  if (marker >= 0) return url.slice(marker + "node_modules/".length);
  return url.replace(/^file:\/\//, "").replace(/^.*\/\.next\//, ".next/");
}

const files = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
if (files.length === 0) {
  console.error("usage: tsx scripts/bench/profile-summary.ts [--from=s] [--to=s] <profile.cpuprofile>...");
  process.exit(2);
}
for (const file of files) {
  const totals = selfTimes(JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile);
  const all = [...totals.values()].reduce((sum, ms) => sum + ms, 0);
  const busy = all - (totals.get("(idle)") ?? 0);
  console.log(
    `\n${path.basename(file)}: ${(all / 1000).toFixed(1)} s sampled, ${(busy / 1000).toFixed(1)} s busy`,
  );
  const top = [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, 30);
  for (const [name, ms] of top) {
    console.log(`${ms.toFixed(0).padStart(8)} ms ${((100 * ms) / busy).toFixed(1).padStart(5)}%  ${name}`);
  }
}
