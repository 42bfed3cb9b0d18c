// What the agent reports at the end of a call (its report_outcome tool) and what post-call analysis extracts (the
// agent's data-collection fields): the same facts under the same names, so both feed one normalised outcome.
import { z } from "zod";

export const reportedOutcomes = [
  "booked",
  "hold_requested",
  "slots_offered",
  "no_suitable_slot",
  "no_phone_booking",
  "call_back_later",
  "voicemail",
  "phone_menu_dead_end",
  "opted_out",
  "appointment_cancelled",
  "other",
] as const;

const text = (max: number) => z.string().trim().max(max).optional();

export const agentReportSchema = z.object({
  outcome: z.enum(reportedOutcomes),
  /** Every time offered, as date-times separated by semicolons (ISO 8601, business's local time or with offset). */
  offered_slots: text(2_000),
  /** The slot booked on this call, when request_booking approved it. */
  booked_slot: text(100),
  /** What the client must provide or pay, separated by semicolons. */
  requirements: text(2_000),
  price: text(200),
  failure_reason: text(500),
  summary: text(2_000),
  /**
   * In review mode, whether the business agreed to hold the slot the agent asked about: "yes" or "no", empty when no
   * hold was asked for. Kept as text so an odd spelling from post-call analysis drops only this fact (holdAgreedFrom).
   */
  hold_agreed: text(20),
  /** Only when the business insisted on speaking with the client directly: what it said (issue 16). */
  client_asked_for: text(1_000),
});
export type AgentReport = z.infer<typeof agentReportSchema>;

/** What each data-collection field asks post-call analysis for; elevenlabs:setup sends these to the agent. */
export const dataCollectionFields: Record<
  keyof AgentReport,
  { type: "string"; description: string; enum?: string[] }
> = {
  outcome: {
    type: "string",
    description:
      "How the call ended: booked (a slot was booked on the call), hold_requested, slots_offered (times offered, nothing booked), no_suitable_slot, no_phone_booking, call_back_later, voicemail, phone_menu_dead_end, opted_out (the business asked not to be called again, or said it does not accept automated or AI calls), appointment_cancelled (the business confirmed it cancelled the client's existing appointment), or other.",
    enum: [...reportedOutcomes],
  },
  offered_slots: {
    type: "string",
    description:
      "Every appointment start time the business offered, as ISO 8601 date-times in the business's local time (e.g. 2026-12-01T09:00), separated by semicolons. Empty if none.",
  },
  booked_slot: {
    type: "string",
    description:
      "The start of the appointment booked on this call as an ISO 8601 date-time in the business's local time, or empty if nothing was booked.",
  },
  requirements: {
    type: "string",
    description:
      "What the client must provide or pay before or at the appointment (insurance details, deposit, forms, card), separated by semicolons. Empty if none.",
  },
  price: {
    type: "string",
    description: "The price or fee the business stated, as they said it. Empty if not said.",
  },
  failure_reason: {
    type: "string",
    description: "If nothing was booked or held, why, in one short sentence. Empty otherwise.",
  },
  summary: { type: "string", description: "One or two sentences summarising the call for the client." },
  hold_agreed: {
    type: "string",
    description:
      "Only when you asked the business to hold a slot: yes if they agreed to hold it until the time you stated, no if they refused or would not commit. Empty if no hold was asked for.",
    enum: ["yes", "no"],
  },
  client_asked_for: {
    type: "string",
    description:
      "Only when the business insisted on speaking with the client directly: what they said, in their words. Empty otherwise.",
  },
};

/** The hold_agreed answer as a fact: true for yes, false for no, null when not said or not understood. */
export function holdAgreedFrom(value: string | undefined): boolean | null {
  const answer = value?.trim().toLowerCase();
  if (answer === "yes" || answer === "true") return true;
  if (answer === "no" || answer === "false") return false;
  return null;
}
