// The ElevenLabs dialer: places each call through ElevenLabs' Twilio integration (the SDK's outbound-call method),
// with the call's facts as dynamic variables and its prompt and opening line as overrides. What happens on the call
// comes back through the in-call tools and the post-call webhook, like every dialer's.
import type { CallRow } from "@/db/schema";
import type { Clock } from "@/lib/clock";
import type { AppConfig } from "@/lib/config";
import { logger } from "@/lib/logger";
import { DialError, type Dialer, type PlaceCallRequest, type PlacedCall } from "../dialer";
import { describeApiFailure } from "./api-errors";
import { conversationInitiationData } from "./call-setup";
import { elevenLabsClient } from "./elevenlabs-client";
import { findConversationOfCall } from "./conversations";

export function createElevenLabsDialer(options: { config: AppConfig; clock: Clock }): Dialer {
  const { config, clock } = options;
  const client = elevenLabsClient(config);
  // Calls whose last request may have reached ElevenLabs (timeout, 5xx): before asking again, look the
  // conversation up, so a retry never rings a business twice. (The dial lease's check counts this request too:
  // lib/calls/dial-timing.ts.)
  const maybePlaced = new Set<string>();

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
      let response;
      try {
        response = await client.conversationalAi.twilio.outboundCall({
          agentId: config.ELEVENLABS_AGENT_ID!,
          agentPhoneNumberId: config.ELEVENLABS_AGENT_PHONE_NUMBER_ID!,
          toNumber: request.to,
          conversationInitiationClientData: conversationInitiationData(brief, config, clock.now()),
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
