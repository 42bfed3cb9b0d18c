// What every language's fixed call sentences provide (spoken-lines.ts picks the call's).
import type { DateTime } from "luxon";
import type { ServiceType } from "@/lib/intake/booking-request";

export interface SpokenLines {
  /** Opens every first message, before the disclosure: "Hi —". */
  hello: string;
  /** "I'm an AI assistant calling on behalf of {{client_name}}." */
  disclosure: string;
  recordingNotice: string;
  /** Said word for word whenever anyone asks whether they are talking to a person, a robot or an AI. */
  aiAnswer: string;
  optOutApology: string;
  handoverTransfer: string;
  handoverCallBack: string;
  /** Left on a business's voicemail; gives no number and names no client details. */
  voicemail: string;
  /** The opening line after the disclosure, per purpose; `party` is partyFor filled in, or "". */
  opening: Record<
    "release" | "cancellation" | "reschedule" | "confirmation" | "inquiry",
    (party: string) => string
  >;
  /** " for {{party_size}}" */
  partyFor: string;
  /** What is being booked, with its article, as said aloud: "a dentist appointment". */
  services: Record<ServiceType, string>;
  /** Luxon formats in this language: a day ("Mon 30 Nov") and a slot ("Monday 30 November at 09:00"). */
  dayFormat: string;
  slotFormat: string;
  /** Availability without a window: "any time soon". */
  anyTimeSoon: string;
  /** Until when a slot is held, as said on the phone: "4:30 PM today", "Friday 4 Dec at 9:00 AM". */
  holdUntil(at: DateTime, today: boolean): string;
}
