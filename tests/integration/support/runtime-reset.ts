// Forgets the process's runtime (dialer, clock, intake model) so the next getRuntime() builds it from the current
// config. A job runner already running in the background is kept: it may hold a claimed job, and the test's
// settleJobs() must wait for that job rather than ask a fresh runner that knows nothing of it. Its handlers read the
// runtime when they run, so they use the rebuilt one.
import { getRuntime, type Runtime } from "@/lib/runtime";

const runtimeKey = Symbol.for("callpilot.runtime");
type Holder = { [runtimeKey]?: Runtime };

export function resetRuntimeForTests(): void {
  const holder = globalThis as Holder;
  const previous = holder[runtimeKey];
  delete holder[runtimeKey];
  if (previous?.jobs.isRunning()) holder[runtimeKey] = { ...getRuntime(), jobs: previous.jobs };
}
