// The call queue's wake-ups on the job queue: a dispatch pass is due now (a call was queued) or at an instant (a call
// scheduled for its business's next opening, a retry's delay). Sent in the transaction that queues the call, so the
// call and its pass exist together or not at all; many wake-ups for the same moment fold into one waiting pass.
import { queues } from "@/lib/jobs/queues";
import { enqueueJob } from "./jobs";

export async function queueDispatchPass(at?: Date): Promise<void> {
  const due = at && at.getTime() > Date.now() ? at : undefined;
  await enqueueJob({
    queue: queues.dispatchCalls,
    data: {},
    ...(due ? { startAfter: due, singletonKey: `at:${due.getTime()}` } : { singletonKey: "now" }),
  });
}
