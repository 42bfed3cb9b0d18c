// Defers work until the response in flight has been sent (Next's after()), so a request that queued a job — a
// confirm that queued 15 calls — answers first and the job runs right behind it. Outside a request (a LISTEN
// signal, a timer, a test) the work runs on the next turn of the event loop.
import { after } from "next/server";

export function runAfterResponse(work: () => void): void {
  try {
    after(work);
  } catch {
    setImmediate(work);
  }
}
