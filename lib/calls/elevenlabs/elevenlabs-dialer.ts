// The ElevenLabs dialer: places each call through ElevenLabs' Twilio integration (the SDK's outbound-call method),
// with the call's facts as dynamic variables and its prompt and opening line as overrides. What happens on the call
// comes back through the in-call tools and the post-call webhook, like every dialer's.
import type { CallRow } from "@/db/schema";
import type { Clock } from "@/lib/clock";
import type { AppConfig } from "@/lib/config";
import { logger } from "@/lib/logger";
import { DialError, type Dialer, type PlaceCallRequest, type PlacedCall } from "../dialer";
import { describeApiFailure } from "./api-errors";
import { conversationInitiationData, type HandoverToolIds } from "./call-setup";
import { elevenLabsClient } from "./elevenlabs-client";
import { findConversationOfCall } from "./conversations";
import { findHandoverTools } from "./handover-tools";

export function createElevenLabsDialer(options: { config: AppConfig; clock: Clock }): Dialer {
  const { config, clock } = options;
  const client = elevenLabsClient(config);
  // Calls whose last request may have reached ElevenLabs (timeout, 5xx): before asking again, look the
  // conversation up, so a retry never rings a business twice. (The dial lease's check counts this request too:
  // lib/calls/dial-timing.ts.)
  const maybePlaced = new Set<string>();
  // Looked up the first time a call may hand over, then kept (setup updates tools in place, so ids do not change);
  // after a failure, calls go on without the hand-over for a minute before it is looked up again (dial-timing.ts).
  let handoverTools: Promise<HandoverToolIds | null> | null = null;
  let handoverLookupFailedAt = -Infinity;

  function lookUpHandoverTools(): Promise<HandoverToolIds | null> {
    if (clock.now().getTime() - handoverLookupFailedAt < 60_000) return Promise.resolve(null);
    handoverTools ??= findHandoverTools(config).catch((error) => {
      logger.warn("could not look up the ElevenLabs hand-over tool; calls go on without it", { error });
      handoverTools = null;
      handoverLookupFailedAt = clock.now().getTime();
      return null;
    });
    return handoverTools;
  }

  async function alreadyPlaced(callId: string): Promise<PlacedCall | null> {
    if (!maybePlaced.has(callId)) return null;
    const conversation = await findConversationOfCall(callId, config);
    if (!conversation) return null;
    maybePlaced.delete(callId);
    logger.info("a retried ElevenLabs call had been placed after all", { callId, conversation });
    return { externalId: conversation };
  }

  return {
    name: "elevenlabs",
    callsRealPhones: true,
    async placeCall(request: PlaceCallRequest): Promise<PlacedCall> {
      const { brief } = request;
      const log = logger.child({ callId: brief.callId, bookingId: brief.bookingId });
      const earlier = await alreadyPlaced(brief.callId).catch(() => null);
      if (earlier) return earlier;
      const tools = brief.handover?.allowed ? await lookUpHandoverTools() : null;
      let response;
      try {
        response = await client.conversationalAi.twilio.outboundCall({
          agentId: config.ELEVENLABS_AGENT_ID!,
          agentPhoneNumberId: config.ELEVENLABS_AGENT_PHONE_NUMBER_ID!,
          toNumber: request.to,
          conversationInitiationClientData: conversationInitiationData(brief, config, clock.now(), tools),
        });
      } catch (error) {
        const failure = describeApiFailure(error);
        log.warn("ElevenLabs outbound call failed", {
          kind: failure.kind,
          status: failure.status,
          detail: failure.detail,
        });
        if (failure.kind === "ambiguous") maybePlaced.add(brief.callId);
        throw new DialError(failure.kind === "permanent" ? "permanent" : "transient", failure.reason, {
          cause: error,
        });
      }
      maybePlaced.delete(brief.callId);
      if (!response.success || !response.conversationId) {
        log.warn("ElevenLabs did not start the call", { message: response.message });
        const said = response.message ? `: ${response.message.slice(0, 200)}` : ".";
        throw new DialError("permanent", `The call could not be started${said}`);
      }
      return { externalId: response.conversationId, externalCallSid: response.callSid ?? undefined };
    },
    // The conversation of a call carries the call id as its user_id, so a dial lost in a crash can be found.
    // Only a found conversation is an answer: an empty search may just lag behind, so it stays "unknown".
    async wasPlaced(call: CallRow) {
      try {
        return (await findConversationOfCall(call.id, config)) ? "placed" : "unknown";
      } catch (error) {
        logger.warn("could not look up an ElevenLabs call after a restart", { callId: call.id, error });
        return "unknown";
      }
    },
  };
}
