// The interface CallPilot sends text messages through (phone verification codes): a Twilio implementation and an
// offline one that logs the text, chosen once from config (select-sms-sender.ts). Callers never know which.
import type { AppConfig } from "@/lib/config";

export interface TextMessage {
  /** E.164. */
  to: string;
  body: string;
}

export interface SmsSender {
  /** twilio: a real SMS; log: the server log (Twilio not configured). */
  readonly kind: "twilio" | "log";
  send(message: TextMessage): Promise<void>;
}

/** The vendor answered that this number cannot be texted (not a mobile, blocked, opted out): nothing was sent. */
export class SmsRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SmsRefused";
  }
}

export type SmsConfig = Pick<
  AppConfig,
  "TWILIO_ACCOUNT_SID" | "TWILIO_AUTH_TOKEN" | "TWILIO_PHONE_NUMBER" | "TWILIO_API_BASE_URL"
>;
