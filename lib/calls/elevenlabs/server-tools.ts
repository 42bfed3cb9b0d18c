// The ElevenLabs agent's server tools, behind their token check: check_availability and request_booking call the
// booking lock's own functions (lib/booking/in-call-tools.ts), so the lock holds across every dialer; report_outcome
// keeps the agent's own account of the call until the post-call webhook ends it.
import { z } from "zod";
import { listCallEventsForCall, recordCallEvent } from "@/db/call-events";
import { getCall, type Call } from "@/db/calls";
import { getProvider } from "@/db/providers";
import { liveCallStatuses } from "@/db/schema";
import { checkAvailability, requestBooking, type ToolAnswer } from "@/lib/booking/in-call-tools";
import type { Clock } from "@/lib/clock";
import { getConfig, type AppConfig } from "@/lib/config";
import { conflict, invalid, notFound, unauthorized } from "@/lib/errors";
import { readJson } from "@/lib/http/route";
import { recordCallProgress } from "../ingestion";
import { agentReportSchema, type AgentReport } from "./agent-report";
import { parseSlotStart } from "./slot-time";
import { isValidToolToken, toolTokenHeader } from "./tool-token";

const callIdSchema = z.string().trim().min(1).max(100);

export const slotRequestSchema = z.object({
  call_id: callIdSchema,
  start: z.string().trim().min(1).max(100),
});
export type SlotRequest = z.infer<typeof slotRequestSchema>;

export const reportRequestSchema = agentReportSchema.extend({ call_id: callIdSchema });
export type ReportRequest = z.infer<typeof reportRequestSchema>;

/** A tool answer as the agent receives it: a code to act on and a short sentence it may say. */
export interface ToolReply {
  code: ToolAnswer["code"] | "noted";
  say: string;
  slot_start: string | null;
}

/** Reads a tool request: 401 (and nothing changes) unless it carries its call's own token, 400 when malformed. */
export async function readToolRequest<T extends { call_id: string }>(
  request: Request,
  schema: z.ZodType<T>,
  config: AppConfig = getConfig(),
): Promise<T> {
  const token = request.headers.get(toolTokenHeader);
  if (!token) throw notAuthorised();
  const body = await readJson(request, schema);
  if (!isValidToolToken(body.call_id, token, config)) throw notAuthorised();
  return body;
}

const notAuthorised = () => unauthorized("This tool request is not authorised for that call.");

export async function checkAvailabilityTool(request: SlotRequest, clock: Clock): Promise<ToolReply> {
  const { call, start } = await resolveSlotRequest(request, clock);
  return reply(await checkAvailability({ callId: call.id, start }, clock));
}

export async function requestBookingTool(request: SlotRequest, clock: Clock): Promise<ToolReply> {
  const { call, start } = await resolveSlotRequest(request, clock);
  return reply(await requestBooking({ callId: call.id, start }, clock));
}

/**
 * Keeps the agent's report while its call is on the line. A call not dialed yet, or already ended, is refused: its
 * outcome comes from the conversation itself, and a report kept ahead of time would speak for a later call.
 */
export async function reportOutcomeTool(request: ReportRequest, clock: Clock): Promise<ToolReply> {
  const call = await requireCall(request.call_id);
  if (!liveCallStatuses.includes(call.status)) {
    throw conflict("This call is not in progress, so there is no outcome to report for it now.");
  }
  const report = agentReportSchema.parse(request);
  const previous = await latestAgentReport(call.id);
  if (JSON.stringify(previous) !== JSON.stringify(report)) {
    await recordCallEvent({
      bookingId: call.bookingId,
      callId: call.id,
      type: "agent_report",
      payload: report,
      at: clock.now(),
    });
  }
  return { code: "noted", say: "Noted. Thank them, say goodbye and end the call.", slot_start: null };
}

/** The agent's last report_outcome on this call, if it made one. */
export async function latestAgentReport(callId: string): Promise<AgentReport | null> {
  const reports = (await listCallEventsForCall(callId)).filter((event) => event.type === "agent_report");
  const parsed = agentReportSchema.safeParse(reports.at(-1)?.payload);
  return parsed.success ? parsed.data : null;
}

async function resolveSlotRequest(request: SlotRequest, clock: Clock): Promise<{ call: Call; start: Date }> {
  const call = await requireCall(request.call_id);
  const provider = await getProvider(call.providerId);
  const start = parseSlotStart(request.start, provider?.timeZone ?? "UTC");
  if (!start) {
    throw invalid(
      "start must be the appointment's date and time, such as 2026-12-01T09:00 in the business's local time.",
    );
  }
  await markAnsweredOnce(call, clock);
  return { call, start };
}

/** The first tool request proves someone answered: the live page shows it. */
async function markAnsweredOnce(call: Call, clock: Clock): Promise<void> {
  if (call.status !== "in_progress") return;
  const events = await listCallEventsForCall(call.id);
  const answered = events.some(
    (event) => event.type === "call_status" && (event.payload as { status?: unknown }).status === "answered",
  );
  if (!answered) await recordCallProgress(call, "answered", clock);
}

async function requireCall(callId: string): Promise<Call> {
  const call = await getCall(callId);
  if (!call) throw notFound("The call");
  return call;
}

function reply(answer: ToolAnswer): ToolReply {
  return { code: answer.code, say: answer.say, slot_start: answer.slot?.start ?? null };
}
