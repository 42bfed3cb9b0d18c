// The vocabulary of call_events: every kind of event a booking's log holds, with the shape of its payload. The
// database layer validates what it writes against it, and the live stream, the booking page and the admin
// timeline read their types from it; nothing else declares an event type.
import { z } from "zod";
import { bookingStatuses, callPurposes, callStatuses } from "@/db/schema";
import { offeredSlotSchema } from "@/lib/booking/slot";
import { agentReportSchema } from "./elevenlabs/agent-report";
import { callLanguageSchema } from "@/lib/providers/provider-language";
import { sentenceSchema } from "@/lib/sentences/sentence-schema";

const instant = z.string();
const slot = z.object({ start: instant, end: instant });
const reason = z.string().nullable();

export const callProgressStatuses = ["ringing", "answered", "on_hold"] as const;
export type CallProgress = (typeof callProgressStatuses)[number];

export const callEventSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("booking_created"),
    payload: z.object({ calls: z.number(), skipped: z.number(), mode: z.enum(["auto", "review"]) }),
  }),
  /** The booking's lock was taken: this call's slot is the appointment. */
  z.object({ type: z.literal("booking_booked"), payload: z.object({ provider_id: z.string(), slot }) }),
  z.object({
    type: z.literal("booking_status"),
    payload: z.object({
      status: z.enum(bookingStatuses),
      reason: reason.optional(),
      provider_id: z.string().optional(),
      slot: slot.nullable().optional(),
      retried_call_id: z.string().optional(),
    }),
  }),
  z.object({
    type: z.literal("call_queued"),
    payload: z.object({
      purpose: z.enum(callPurposes),
      attempt: z.number(),
      scheduled_for: instant.nullable(),
      retry_of: z.string().optional(),
    }),
  }),
  z.object({
    type: z.literal("call_dialed"),
    payload: z.object({ status: z.literal("in_progress"), dialer: z.string(), redirected: z.boolean() }),
  }),
  /** Live progress on the line, or the queue's decision about a call not dialed yet. */
  z.object({
    type: z.literal("call_status"),
    payload: z.object({
      status: z.enum([...callProgressStatuses, "queued", "scheduled", "failed", "canceled"]),
      reason: reason.optional(),
      scheduled_for: instant.nullable().optional(),
    }),
  }),
  z.object({ type: z.literal("slot_offered"), payload: offeredSlotSchema }),
  /** The call ended (or will never be dialed); written in the same transaction as the call's final state. */
  z.object({ type: z.literal("call_ended"), payload: z.object({ status: z.enum(callStatuses), reason }) }),
  z.object({
    type: z.literal("transcript"),
    payload: z.object({
      role: z.enum(["agent", "business", "system"]),
      text: z.string(),
      /** The language the line was spoken in, when it was not English (issue 17). */
      language: callLanguageSchema.optional(),
      /** A system line CallPilot wrote (a key pressed, an answer passed on): said in the reader's language. */
      sentence: sentenceSchema.optional(),
    }),
  }),
  /**
   * A transcript line (of_seq) put into the language the person reads the booking page in (issue 17), by the LLM
   * when one is configured; written once per line and language, when the person's page asks for it.
   */
  z.object({
    type: z.literal("transcript_translated"),
    payload: z.object({ of_seq: z.number().int(), language: callLanguageSchema, text: z.string() }),
  }),
  z.object({
    type: z.literal("warning"),
    // The English message (the admin's timeline), and the sentence the person's page says in its language.
    payload: z.object({ message: z.string(), sentence: sentenceSchema.optional() }),
  }),
  z.object({
    type: z.literal("question_asked"),
    payload: z.object({ question_id: z.string(), text: z.string() }),
  }),
  z.object({
    type: z.literal("question_answered"),
    payload: z.object({
      question_id: z.string(),
      text: z.string(),
      answered_by: z.enum(["person", "profile"]),
    }),
  }),
  z.object({
    type: z.literal("question_expired"),
    payload: z.object({ question_id: z.string(), text: z.string() }),
  }),
  z.object({ type: z.literal("hold_requested"), payload: z.object({ slot, held_until: instant }) }),
  z.object({
    type: z.literal("hold_agreed"),
    payload: z.object({ slot_start: instant, held_until: instant }),
  }),
  z.object({
    type: z.literal("hold_declined"),
    payload: z.object({ slot_start: instant, held_until: instant }),
  }),
  z.object({
    type: z.literal("hold_expired"),
    payload: z.object({ slot_start: instant, held_until: instant }),
  }),
  z.object({ type: z.literal("agent_report"), payload: agentReportSchema }),
  /** The business confirmed on the phone that the booked appointment is cancelled (a cancellation call). */
  z.object({
    type: z.literal("appointment_canceled"),
    payload: z.object({ provider_id: z.string(), slot }),
  }),
  /** The business agreed to move the booked appointment (a reschedule call, under the booking lock). */
  z.object({
    type: z.literal("appointment_moved"),
    payload: z.object({ provider_id: z.string(), from: slot, to: slot }),
  }),
  /** The business asked to speak with the person: put through to them (to), or told they will call back. */
  z.object({
    type: z.literal("call_handover"),
    payload: z.object({
      asked: z.string(),
      transferred: z.boolean(),
      to: z.string().nullable(),
      reason: z.string().nullable(),
    }),
  }),
]);

export type CallEventBody = z.infer<typeof callEventSchema>;
export type CallEventType = CallEventBody["type"];
export type CallEventPayload<T extends CallEventType> = Extract<CallEventBody, { type: T }>["payload"];

/**
 * Events other parts of CallPilot react to (lib/reactions.ts): writing one also queues its reactions in the same
 * transaction, so they run at least once even if the writer's process dies right after the commit.
 */
export const reactiveCallEventTypes = [
  "call_ended",
  "booking_booked",
  "booking_status",
  "appointment_canceled",
  "appointment_moved",
] as const satisfies readonly CallEventType[];
export type ReactiveCallEventType = (typeof reactiveCallEventTypes)[number];

export function isReactive(type: CallEventType): type is ReactiveCallEventType {
  return (reactiveCallEventTypes as readonly string[]).includes(type);
}

/** An event as the live stream and the booking page see it. */
export type StreamedCallEvent = CallEventBody & { seq: number; call_id: string | null; at: string };
