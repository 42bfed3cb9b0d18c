// What one reply of the business means to the script: an offered date and time, yes, no, "hold on", a refusal, a
// question the script cannot answer, a request never to be called again, or nothing understood. One schema for both readers (the LLM and the offline
// rules), so the conversation never knows which one read the reply.
import { z } from "zod";
import type { TwimlStep } from "@/db/schema";
import type { CallLanguage } from "@/lib/providers/provider-language";

export const replyIntents = [
  "offer",
  "yes",
  "no",
  "wait",
  "decline",
  "question",
  "voicemail",
  "opt_out",
  "wants_person",
  "unclear",
] as const;
export type ReplyIntent = (typeof replyIntents)[number];

export const replyReadingSchema = z.object({
  intent: z
    .enum(replyIntents)
    .describe(
      "offer: names a date and/or time for the appointment. yes: agrees or confirms without naming a time. no: refuses what was just asked. wait: asks us to hold on. decline: cannot or will not book at all (fully booked, no phone bookings). question: asks something. voicemail: an answering machine or voicemail greeting. opt_out: asks not to be called again, or refuses automated or AI calls. wants_person: insists on speaking with the client (the patient, the customer) directly rather than with us. unclear: anything else.",
    ),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable()
    .describe("The offered day as yyyy-MM-dd in the business's time zone, or null if no day was named."),
  time: z
    .string()
    .regex(/^\d{2}:\d{2}$/)
    .nullable()
    .describe("The offered start time as 24-hour HH:mm, or null if no time was named."),
});
export type ReplyReading = z.infer<typeof replyReadingSchema>;

export interface ReplyContext {
  /** What Twilio heard (SpeechResult), trimmed; "" when nothing was said. */
  speech: string;
  /** Keys pressed (Digits); "" when none. */
  digits: string;
  step: TwimlStep;
  /** What we said just before this reply. */
  lastPrompt: string;
  now: Date;
  /** The business's time zone: every date and time is read in it. */
  timeZone: string;
  /** The client's availability, so a bare weekday ("Tuesday") lands inside it. */
  window: { start: string; end: string } | null;
  availability: string;
  /** The language the business speaks on this call (issue 17); absent: English. */
  language?: CallLanguage;
}

export interface ReplyReader {
  readonly name: "offline" | "gemini" | "openai";
  read(context: ReplyContext): Promise<ReplyReading>;
}

export const unclearReading: ReplyReading = { intent: "unclear", date: null, time: null };
