// The Twilio dialer: starts each call with the official SDK, pointing Twilio at our TwiML route for the scripted
// conversation and at our status route for its progress, with answering-machine detection and a ring timeout.
// placeCall only starts the call; everything after comes back through the two signed webhooks.
import { twilioEnabled, type AppConfig } from "@/lib/config";
import { logger } from "@/lib/logger";
import type { Dialer, PlaceCallRequest } from "../dialer";
import { callFactsFromBrief } from "./call-facts";
import { toDialError } from "./dial-errors";
import { rememberCall } from "./known-calls";
import { createTwilioClient, type TwilioRequestClient } from "./twilio-client";
import { publicUrl, statusPath, voicePath } from "./webhook-request";

export type TwilioDialerConfig = Pick<
  AppConfig,
  | "TWILIO_ACCOUNT_SID"
  | "TWILIO_AUTH_TOKEN"
  | "TWILIO_PHONE_NUMBER"
  | "TWILIO_API_BASE_URL"
  | "TWILIO_RING_TIMEOUT_SECONDS"
  | "TWILIO_VOICEMAIL"
  | "PUBLIC_BASE_URL"
>;

/** A scripted booking call takes a couple of minutes; Twilio ends anything that runs away long before a bill does. */
export const maxCallSeconds = 600;

export function isTwilioConfigured(config: Partial<TwilioDialerConfig>): boolean {
  return twilioEnabled(config);
}

export function createTwilioDialer(
  config: TwilioDialerConfig,
  options: { httpClient?: TwilioRequestClient } = {},
): Dialer {
  const client = createTwilioClient(config, options);
  const base = config.PUBLIC_BASE_URL!;
  return {
    name: "twilio",
    // Against a stub of Twilio's API (tests, the benchmark) no phone rings, so opening hours need not be waited for.
    callsRealPhones: !config.TWILIO_API_BASE_URL,
    async placeCall(request: PlaceCallRequest) {
      const log = logger.child({ callId: request.brief.callId, bookingId: request.brief.bookingId });
      try {
        const call = await client.calls.create({
          to: request.to,
          from: config.TWILIO_PHONE_NUMBER!,
          url: publicUrl(base, voicePath),
          method: "POST",
          statusCallback: publicUrl(base, statusPath),
          statusCallbackMethod: "POST",
          statusCallbackEvent: ["initiated", "ringing", "answered", "completed"],
          // Leaving a message needs the greeting's end (the beep); hanging up only needs to know it is a machine.
          machineDetection: config.TWILIO_VOICEMAIL === "message" ? "DetectMessageEnd" : "Enable",
          timeout: config.TWILIO_RING_TIMEOUT_SECONDS,
          timeLimit: maxCallSeconds,
        });
        log.info("Twilio call created", { callSid: call.sid, redirected: request.redirected });
        // The script's facts come from the brief already built for the dial, sparing the first webhook the work.
        const brief = request.brief;
        rememberCall(call.sid, {
          call: { id: brief.callId, bookingId: brief.bookingId },
          facts: callFactsFromBrief(brief),
        });
        return { externalId: call.sid };
      } catch (error) {
        throw toDialError(error);
      }
    },
    // Without our call's id on Twilio's side, a lost dial result cannot be matched to a Twilio call: report unknown,
    // so the dispatcher ends the call instead of ringing the business a second time.
    async wasPlaced() {
      return "unknown";
    },
  };
}
