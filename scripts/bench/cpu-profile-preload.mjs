// Preloaded into a benchmarked server (NODE_OPTIONS="--import …"; Node 20 refuses --cpu-prof there): profiles
// the whole process through the inspector and writes CALLPILOT_CPU_PROFILE_DIR/<pid>.cpuprofile when it is stopped.
import fs from "node:fs";
import inspector from "node:inspector";
import path from "node:path";

const dir = process.env.CALLPILOT_CPU_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 1000 });
  session.post("Profiler.start");
  let written = false;
  const write = () => {
    if (written) return;
    written = true;
    // The in-thread inspector session answers synchronously, so this completes inside a signal or exit handler.
    session.post("Profiler.stop", (error, result) => {
      if (error) return;
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  };
  process.prependListener("SIGTERM", write);
  process.prependListener("SIGINT", write);
  process.on("exit", write);
}
