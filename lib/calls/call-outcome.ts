// The normalised outcome of a provider call: what every dialer (simulated, ElevenLabs, Twilio) reports when a call ends.
import { z } from "zod";
import { slotSchema } from "@/lib/booking/slot";
import { isoInstantSchema } from "@/lib/intake/booking-request";
import { callLanguageSchema } from "@/lib/providers/provider-language";
import {
  sentence,
  type SentenceKey,
  type StoredReason,
  type WrittenSentence,
} from "@/lib/sentences/sentence";
import { sentenceSchema, type Sentence, type SentenceValue } from "@/lib/sentences/sentence-schema";

export const endedCallStatuses = ["completed", "no_answer", "busy", "voicemail", "failed"] as const;
export type EndedCallStatus = (typeof endedCallStatuses)[number];

export const transcriptLineSchema = z.object({
  role: z.enum(["agent", "business", "system"]),
  text: z.string().max(10_000),
  at: isoInstantSchema.optional(),
  /** The language the line was spoken in, when it was not English (issue 17). */
  language: callLanguageSchema.optional(),
  /** A system line CallPilot wrote (lib/sentences), so the person's page says it in their language. */
  sentence: sentenceSchema.optional(),
});
export type TranscriptLine = z.infer<typeof transcriptLineSchema>;

/** A note on the call CallPilot writes into its transcript ("Phone menu: pressed 2 for appointments."). */
export function noteLine(note: WrittenSentence): { role: "system"; text: string; sentence: Sentence } {
  return { role: "system", text: note.text, sentence: note.sentence };
}

/**
 * The business asked to speak with the person (issue 16): what it asked, and whether the call was put through to
 * the person's verified phone (`to`) or the agent said they would call back (`reason` says why).
 */
export const handoverOutcomeSchema = z.object({
  asked: z.string().max(1_000),
  transferred: z.boolean(),
  to: z.string().max(40).nullable().default(null),
  reason: z.string().max(500).nullable().default(null),
});
export type HandoverOutcome = z.infer<typeof handoverOutcomeSchema>;

export const callOutcomeSchema = z.object({
  status: z.enum(endedCallStatuses),
  /** Every slot the business offered; each is re-checked on ingestion. */
  offered_slots: z.array(slotSchema).default([]),
  /** The slot the agent says it booked; honoured only when the booking lock approved this call. */
  booked_slot: slotSchema.nullable().default(null),
  /** What the business needs before or at the appointment (insurance details, a deposit, forms...). */
  requirements: z.array(z.string().max(500)).default([]),
  price: z.string().max(200).nullable().default(null),
  failure_reason: z.string().max(500).nullable().default(null),
  /** The failure reason as CallPilot wrote it (lib/sentences); absent when it came from elsewhere (a vendor, an agent). */
  failure_sentence: sentenceSchema.nullable().optional(),
  summary: z.string().max(5_000).nullable().default(null),
  /**
   * The summary as CallPilot wrote it (lib/sentences), so the person's page says it in their language; absent when
   * the summary came from elsewhere (the ElevenLabs agent or its analysis), which is shown as written.
   */
  summary_sentence: sentenceSchema.nullable().optional(),
  /** The whole transcript when the vendor delivers it at the end (ElevenLabs post-call webhook). */
  transcript: z.array(transcriptLineSchema).optional(),
  duration_seconds: z.number().nonnegative().nullable().default(null),
  /**
   * The business asked not to be called again ("take us off your list", "we don't accept automated calls"): the
   * agent apologised and ended the call; the number goes on the do-not-call list and is never retried.
   */
  opted_out: z.boolean().default(false),
  /**
   * Review mode: whether the business agreed to hold the slot the agent asked for; null or absent when the dialer
   * does not know (then a hold counts as agreed when the call ended well, lib/booking/holds.ts).
   */
  hold_agreed: z.boolean().nullable().optional(),
  /**
   * A cancellation call: the business confirmed the booked appointment is cancelled. Ignored on any other call;
   * ingestion writes it as the appointment_canceled event, whose reactions update the booking and the calendars.
   */
  appointment_canceled: z.boolean().optional(),
  handover: handoverOutcomeSchema.nullable().optional(),
});
export type CallOutcome = z.infer<typeof callOutcomeSchema>;
export type CallOutcomeInput = z.input<typeof callOutcomeSchema>;

/** A summary CallPilot writes: its English text and its sentence, for an outcome. */
export function summaryOf(key: SentenceKey, values: Record<string, SentenceValue | WrittenSentence> = {}) {
  const written = sentence(key, values);
  return { summary: written.text, summary_sentence: written.sentence };
}

/** A failure reason CallPilot writes: its English text and its sentence, for an outcome. */
export function failureOf(key: SentenceKey, values: Record<string, SentenceValue | WrittenSentence> = {}) {
  const written = sentence(key, values);
  return { failure_reason: written.text, failure_sentence: written.sentence };
}

/** An outcome's failure reason as a call stores it: with its sentence when CallPilot wrote it. */
export function failureOfOutcome(
  outcome: Pick<CallOutcome, "failure_reason" | "failure_sentence">,
): StoredReason | null {
  if (outcome.failure_reason === null) return null;
  return outcome.failure_sentence
    ? { text: outcome.failure_reason, sentence: outcome.failure_sentence }
    : { text: outcome.failure_reason, sentence: null };
}
