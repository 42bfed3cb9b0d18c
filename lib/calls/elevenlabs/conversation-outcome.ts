// Turns a finished conversation (and the agent's own report_outcome, when it made one) into the normalised outcome
// every dialer reports. The agent's report wins over post-call analysis for single facts; offered slots and
// requirements are the union of both. Times without an offset are the business's local time.
import { appointmentMinutes, slotFrom, type Slot } from "@/lib/booking/slot";
import type { CallOutcomeInput, TranscriptLine } from "@/lib/calls/call-outcome";
import type { ServiceType } from "@/lib/intake/booking-request";
import type { CallLanguage } from "@/lib/providers/provider-language";
import { agentReportSchema, holdAgreedFrom, type AgentReport } from "./agent-report";
import type { FinishedConversation } from "./finished-conversation";
import { parseSlotStart } from "./slot-time";

export interface OutcomeContext {
  serviceType: ServiceType;
  /** The business's zone, for times the agent gave without an offset. */
  timeZone: string;
  agentReport: AgentReport | null;
  /**
   * The language the call was made in (the agent's per-call language override). ElevenLabs' transcript does not say
   * which language each turn was in, so every line carries the call's.
   */
  language?: CallLanguage;
}

const pendingStatuses = ["initiated", "in-progress", "processing"];

/** Whether ElevenLabs is still running or analysing the conversation (no outcome yet). */
export function isStillRunning(conversation: FinishedConversation): boolean {
  return pendingStatuses.includes(conversation.status);
}

export function outcomeFromConversation(
  conversation: FinishedConversation,
  context: OutcomeContext,
): CallOutcomeInput {
  const collected = collectedReport(conversation.collected);
  const report = context.agentReport;
  const pick = <K extends keyof AgentReport>(key: K) => nonEmpty(report?.[key]) ?? nonEmpty(collected[key]);
  const toSlot = (text: string): Slot | null => {
    const start = parseSlotStart(text, context.timeZone);
    return start ? slotFrom(start, appointmentMinutes(context.serviceType)) : null;
  };

  const offered = uniqueSlots(
    [...splitList(report?.offered_slots), ...splitList(collected.offered_slots)].map(toSlot),
  );
  const booked = pick("booked_slot");
  const outcome = report?.outcome ?? collected.outcome;
  const status =
    conversation.status === "failed" ? "failed" : outcome === "voicemail" ? "voicemail" : "completed";
  const failureReason =
    pick("failure_reason") ??
    (status === "failed" ? (conversation.terminationReason ?? "The call failed on the line.") : null);

  return {
    status,
    offered_slots: offered,
    booked_slot: booked ? toSlot(booked) : null,
    requirements: [...new Set([...splitList(report?.requirements), ...splitList(collected.requirements)])]
      .slice(0, 20)
      .map((item) => item.slice(0, 500)),
    price: pick("price")?.slice(0, 200) ?? null,
    failure_reason: failureReason?.slice(0, 500) ?? null,
    summary: (conversation.summary?.trim() || pick("summary") || null)?.slice(0, 5_000) ?? null,
    transcript: transcriptLines(conversation, context.language ?? "en"),
    duration_seconds: conversation.durationSecs,
    // Either the agent's report or post-call analysis marking it is enough: when in doubt, never call again.
    opted_out: report?.outcome === "opted_out" || collected.outcome === "opted_out",
    hold_agreed: holdAgreedFrom(pick("hold_agreed")),
    // Honoured only on a cancellation call (lib/calls/ingestion.ts).
    appointment_canceled: outcome === "appointment_cancelled",
    handover: handoverFrom(conversation, pick("client_asked_for") ?? null),
  };
}

/**
 * A transfer the agent made to the person's verified number (the only destination its tool can reach), or, when it
 * made none, the business's insistence it reported: the person is to call back.
 */
function handoverFrom(
  conversation: FinishedConversation,
  reportedAsk: string | null,
): CallOutcomeInput["handover"] {
  const transfer = conversation.transfer;
  if (!transfer) {
    if (!reportedAsk) return null;
    return {
      asked: reportedAsk.slice(0, 1_000),
      transferred: false,
      to: null,
      reason: "The agent could not put them through; the person is to call back.",
    };
  }
  return {
    asked: (transfer.asked ?? reportedAsk ?? "The business asked to speak with the client directly.").slice(
      0,
      1_000,
    ),
    transferred: !transfer.failed && conversation.handoverNumber !== null,
    to: transfer.failed ? null : conversation.handoverNumber,
    reason: transfer.failed ? "The transfer to the person's phone did not go through." : null,
  };
}

function transcriptLines(conversation: FinishedConversation, language: CallLanguage): TranscriptLine[] {
  const start = conversation.startTimeUnixSecs;
  return conversation.transcript.map((turn) => ({
    role: turn.role === "agent" ? "agent" : "business",
    text: turn.message.slice(0, 10_000),
    ...(language !== "en" ? { language } : {}),
    ...(start !== null ? { at: new Date((start + turn.timeInCallSecs) * 1000).toISOString() } : {}),
  }));
}

/** Post-call analysis values, kept only where they have the shape the agent's report would. */
function collectedReport(values: Record<string, unknown>): Partial<AgentReport> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (typeof value === "string" && value.trim()) result[key] = value.trim();
  }
  const parsed = agentReportSchema.partial().safeParse(result);
  if (parsed.success) return parsed.data;
  // An outcome analysis could not classify is dropped; the other facts still count.
  const fallback = agentReportSchema.partial().safeParse({ ...result, outcome: undefined });
  return fallback.success ? fallback.data : {};
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function splitList(value: string | undefined): string[] {
  return (value ?? "")
    .split(/[;\n]/)
    .map((item) => item.trim())
    .filter((item) => item && !/^(none|n\/a|-)$/i.test(item));
}

function uniqueSlots(slots: Array<Slot | null>): Slot[] {
  const seen = new Map<number, Slot>();
  for (const slot of slots) if (slot) seen.set(Date.parse(slot.start), slot);
  return [...seen.values()].sort((a, b) => Date.parse(a.start) - Date.parse(b.start)).slice(0, 20);
}
