// Twilio's share of the periodic sweep: a call still in progress long after Twilio must have ended it (its
// time limit plus the ring timeout) lost its final status callback, so the call is fetched from Twilio's API and
// ended the same way the callback would have ended it.
import { listInProgressCalls } from "@/db/calls";
import { getTwimlSession } from "@/db/twiml-sessions";
import type { Clock } from "@/lib/clock";
import { elevenLabsEnabled, type AppConfig } from "@/lib/config";
import { logger } from "@/lib/logger";
import { failureOf } from "../call-outcome";
import { ingestCallOutcome } from "../ingestion";
import { readCallStatus } from "./call-status";
import { createTwilioClient, type TwilioClient } from "./twilio-client";
import { isTwilioConfigured, maxCallSeconds } from "./twilio-dialer";

/** Twilio ends every call by its time limit; past this, no final callback is still on its way. */
export const reconcileAfterMs = (maxCallSeconds + 10 * 60) * 1000;

export async function reconcileTwilioCalls(deps: {
  config: AppConfig;
  clock: Clock;
  client?: TwilioClient;
}): Promise<number> {
  const { config, clock } = deps;
  if (!isTwilioConfigured(config) || elevenLabsEnabled(config)) return 0;
  const stale = await listInProgressCalls("twilio", new Date(clock.now().getTime() - reconcileAfterMs));
  if (stale.length === 0) return 0;
  const client = deps.client ?? createTwilioClient(config);
  let ended = 0;
  for (const call of stale) {
    const callSid = call.externalId ?? "";
    try {
      const resource = await client.calls(callSid).fetch();
      const session = (await getTwimlSession(callSid)) ?? null;
      const meaning = readCallStatus(
        resource.status,
        resource.answeredBy ?? null,
        session,
        Number(resource.duration) || null,
      );
      if (meaning.kind !== "ended") continue;
      const { applied } = await ingestCallOutcome(call.id, meaning.outcome, clock);
      if (applied) ended++;
    } catch (error) {
      const status = (error as { status?: number }).status;
      if (status !== 404) {
        logger.warn("could not fetch a Twilio call to reconcile it", { callId: call.id, callSid, error });
        continue;
      }
      const { applied } = await ingestCallOutcome(
        call.id,
        { status: "failed", ...failureOf("failureTwilioNoRecord") },
        clock,
      );
      if (applied) ended++;
    }
  }
  if (ended > 0) logger.info("ended Twilio calls whose final status never arrived", { ended });
  return ended;
}
