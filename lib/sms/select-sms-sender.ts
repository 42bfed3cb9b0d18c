// Chooses the SMS sender once from config: Twilio's Messages API when Twilio is configured, or, without it, the
// server log (one clear line with the text), so a developer can still type the code back.
import { getConfig, twilioEnabled } from "@/lib/config";
import { logger } from "@/lib/logger";
import type { SmsConfig, SmsSender } from "./sms-sender";
import { createTwilioSmsSender } from "./twilio-sms";

export function createSmsSender(config: SmsConfig): SmsSender {
  if (twilioEnabled(config)) return createTwilioSmsSender(config);
  return {
    kind: "log",
    async send(message) {
      // warn, not info: a text that was not sent needs someone to act, and it shows at LOG_LEVEL=warn.
      logger.warn("SMS not sent (Twilio is not configured); here it is instead", {
        to: message.to,
        text: message.body,
      });
    },
  };
}

const senderKey = Symbol.for("callpilot.sms-sender");
type Holder = { [senderKey]?: SmsSender };

export function getSmsSender(): SmsSender {
  const holder = globalThis as Holder;
  holder[senderKey] ??= createSmsSender(getConfig());
  return holder[senderKey];
}

/** Tests swap the sender (one against the Twilio stub); returns a function restoring the previous. */
export function overrideSmsSender(sender: SmsSender | undefined): () => void {
  const holder = globalThis as Holder;
  const previous = holder[senderKey];
  holder[senderKey] = sender;
  return () => {
    holder[senderKey] = previous;
  };
}
