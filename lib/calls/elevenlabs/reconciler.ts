// The reconciler: ElevenLabs delivers each post-call webhook once, so a call still in progress well past the
// deadline is fetched from the API and ended with the same outcome the webhook would have given. Runs from the
// periodic sweep; a call is looked up at most once a minute, and one pass runs at a time per process.
import { listInProgressCalls, type Call } from "@/db/calls";
import { recordWebhookReceipt } from "@/db/webhook-receipts";
import type { Clock } from "@/lib/clock";
import { elevenLabsEnabled, type AppConfig } from "@/lib/config";
import { logger } from "@/lib/logger";
import type { SentenceKey } from "@/lib/sentences/sentence";
import { failureOf } from "../call-outcome";
import { ingestCallOutcome } from "../ingestion";
import { conversationFromApi } from "./finished-conversation";
import { isStillRunning } from "./conversation-outcome";
import { fetchConversation, findConversationOfCall } from "./conversations";
import { finishCallFromConversation } from "./finish-call";
import { eventKey } from "./post-call-webhook";

/** Past this, a call with no finished conversation is given up as failed rather than left hanging. */
const giveUpAfterMs = 2 * 60 * 60 * 1000;
const recheckAfterMs = 60 * 1000;

export interface ReconcileDeps {
  config: AppConfig;
  clock: Clock;
  /** When each call was last looked up (kept between passes). */
  lastChecked?: Map<string, number>;
}

const defaultLastChecked = new Map<string, number>();
let running = false;

/** One pass; returns how many calls it ended. */
export async function reconcileLostCalls(deps: ReconcileDeps): Promise<number> {
  if (!elevenLabsEnabled(deps.config) || running) return 0;
  running = true;
  try {
    const now = deps.clock.now().getTime();
    const deadline = new Date(now - deps.config.ELEVENLABS_RECONCILE_AFTER_MINUTES * 60_000);
    const lastChecked = deps.lastChecked ?? defaultLastChecked;
    let ended = 0;
    for (const call of await listInProgressCalls("elevenlabs", deadline)) {
      if (now - (lastChecked.get(call.id) ?? 0) < recheckAfterMs) continue;
      lastChecked.set(call.id, now);
      try {
        if (await reconcileCall(call, deps)) {
          ended++;
          lastChecked.delete(call.id);
        }
      } catch (error) {
        logger.warn("could not reconcile an ElevenLabs call", { callId: call.id, error });
      }
    }
    return ended;
  } finally {
    running = false;
  }
}

async function reconcileCall(call: Call, deps: ReconcileDeps): Promise<boolean> {
  const { config, clock } = deps;
  const tooOld = clock.now().getTime() - (call.startedAt?.getTime() ?? 0) > giveUpAfterMs;
  const conversationId = call.externalId?.startsWith("unrecorded:")
    ? await findConversationOfCall(call.id, config)
    : call.externalId;
  if (!conversationId) {
    return tooOld && giveUp(call, "failureElevenLabsLost", clock);
  }
  let conversation;
  try {
    conversation = conversationFromApi(await fetchConversation(conversationId, config));
  } catch (error) {
    if ((error as { statusCode?: number }).statusCode === 404) {
      return giveUp(call, "failureElevenLabsNoRecord", clock);
    }
    throw error;
  }
  if (isStillRunning(conversation)) {
    return tooOld && giveUp(call, "failureNeverReported", clock);
  }
  logger.info("reconciled an ElevenLabs call whose webhook never arrived", {
    callId: call.id,
    conversationId,
  });
  const { applied } = await finishCallFromConversation(call, conversation, clock);
  await recordWebhookReceipt(eventKey("post_call_transcription", conversationId), clock.now());
  return applied;
}

async function giveUp(call: Call, reason: SentenceKey, clock: Clock): Promise<boolean> {
  const { applied } = await ingestCallOutcome(call.id, { status: "failed", ...failureOf(reason) }, clock);
  return applied;
}
