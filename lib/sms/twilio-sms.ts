// Text messages through Twilio's Messages API (POST /2010-04-01/Accounts/{Sid}/Messages.json), from the account's
// own number, with the SDK client built in the one place it is built. A 400 from Twilio (an invalid or unreachable
// number, https://www.twilio.com/docs/api/errors) created no message, and is reported as SmsRefused.
import { createTwilioClient } from "@/lib/calls/twilio/twilio-client";
import { logger } from "@/lib/logger";
import { SmsRefused, type SmsConfig, type SmsSender } from "./sms-sender";

export function createTwilioSmsSender(config: SmsConfig): SmsSender {
  const client = createTwilioClient(config);
  return {
    kind: "twilio",
    async send(message) {
      const sent = await client.messages
        .create({ to: message.to, from: config.TWILIO_PHONE_NUMBER!, body: message.body })
        .catch((error: { status?: number; code?: number; message?: string }) => {
          if (error?.status === 400) throw new SmsRefused(`Twilio ${error.code}: ${error.message}`);
          throw error;
        });
      logger.info("SMS sent through Twilio", { messageSid: sent.sid, status: sent.status });
    },
  };
}
