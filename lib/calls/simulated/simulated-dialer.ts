// The simulated dialer: "phones" a demo business by running its simulated receptionist, reporting through the same
// tools and ingestion the real vendors use. Each call is a job of the durable queue (simulatedCall), run by whichever
// instance fetches it, so a simulated call outlives the instance that dialed it as a real vendor's would: when that
// instance dies, the job is handed out again and the call resumes after the last line it recorded. A call only
// starts once its dial is recorded, so the dispatcher's exactly-once guarantee covers it.
import { randomBytes } from "node:crypto";
import { getBooking } from "@/db/bookings";
import { listCallEventsForCall, type CallEvent } from "@/db/call-events";
import { listQuestionsForCall } from "@/db/call-questions";
import { getCall, type Call } from "@/db/calls";
import { enqueueJob } from "@/db/jobs";
import { getProvider } from "@/db/providers";
import { checkAvailability, requestBooking } from "@/lib/booking/in-call-tools";
import type { Clock } from "@/lib/clock";
import { queues } from "@/lib/jobs/queues";
import { logger } from "@/lib/logger";
import { z } from "zod";
import { briefForCall } from "../call-brief";
import { callProgressStatuses } from "../call-event";
import { failureOf, type CallOutcomeInput } from "../call-outcome";
import { askPerson, awaitAnswer } from "../questions/ask-person";
import type { Dialer, PlaceCallRequest } from "../dialer";
import { ingestCallOutcome, recordCallProgress, recordTranscriptLine } from "../ingestion";
import { runSimulatedConversation, type SimulationIO } from "./simulated-call-script";
import { seededRandom } from "./seeded-random";

/** Questions the person never answered go into the outcome, so the result says what the business still needs. */
async function withOpenQuestions(callId: string, outcome: CallOutcomeInput): Promise<CallOutcomeInput> {
  const open = (await listQuestionsForCall(callId)).filter((q) => q.status !== "answered");
  if (open.length === 0) return outcome;
  const needs = open.map((q) => `Answer for the business: “${q.text}”`);
  return { ...outcome, requirements: [...(outcome.requirements ?? []), ...needs] };
}

export interface SimulatedDialerOptions {
  clock: Clock;
  /** Roughly how long a whole answered call lasts; 0 runs every step immediately (tests). */
  callSeconds: number;
  /** How long placing a call takes, like a vendor's API round trip (benchmarks); 0 by default. */
  dialLatencyMs?: number;
  /** How long a receptionist waits for the person to answer a live question; 0 (default) looks once. */
  questionWaitMs?: number;
  /** The wait between two looks for that answer (tests pass a stub). */
  questionSleep?: (ms: number) => Promise<void>;
}

const turnsPerCall = 8;
const waitForDialRecordMs = 5_000;

export function createSimulatedDialer(options: SimulatedDialerOptions): Dialer {
  const pauseMs = (options.callSeconds * 1000) / turnsPerCall;
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => (ms > 0 ? setTimeout(resolve, ms) : setImmediate(resolve)));

  async function waitUntilDialRecorded(callId: string, externalId: string): Promise<Call | null> {
    const deadline = Date.now() + waitForDialRecordMs;
    for (;;) {
      const call = await getCall(callId);
      if (call?.status === "in_progress" && call.externalId === externalId) return call;
      if (!call || call.status !== "dialing" || Date.now() > deadline) return null;
      await sleep(10);
    }
  }

  async function run(callId: string, externalId: string, alreadyRecorded: number): Promise<void> {
    const call = await waitUntilDialRecorded(callId, externalId);
    if (!call) return;
    const [booking, provider] = await Promise.all([getBooking(call.bookingId), getProvider(call.providerId)]);
    if (!booking || !provider) return;
    const clock = options.clock;
    // The conversation is deterministic: a resumed call replays it silently up to what was already recorded.
    let toSkip = alreadyRecorded;
    const skipped = () => (toSkip > 0 ? (toSkip--, true) : false);
    const jitter = seededRandom(`pause|${callId}`);
    const brief = await briefForCall(booking, call, provider, clock.now());
    const io: SimulationIO = {
      // People don't talk in lockstep: each pause varies ±40% (seeded by the call, so runs repeat exactly).
      pause: () => (toSkip > 0 ? Promise.resolve() : sleep(pauseMs * (0.6 + 0.8 * jitter()))),
      status: async (status) => {
        if (!skipped()) await recordCallProgress(call, status, clock);
      },
      say: async (role, text, sentence) => {
        // Spoken lines in another language than English say which (issue 17); notes carry their sentence.
        const language = role !== "system" && brief.language !== "en" ? brief.language : undefined;
        if (!skipped()) await recordTranscriptLine(call, { role, text, language, sentence }, clock);
      },
      checkAvailability: (start) => checkAvailability({ callId, start }, clock),
      requestBooking: (start) => requestBooking({ callId, start }, clock),
      askPerson: (question) => askOrResume(callId, question),
      finish: async (outcome) => {
        await ingestCallOutcome(callId, await withOpenQuestions(callId, outcome), clock);
      },
    };
    await runSimulatedConversation(brief, provider, io, clock.now());
  }

  /** ask_client, or after a restart the same question's wait resumed rather than asked twice. */
  async function askOrResume(callId: string, question: string) {
    const wait = { waitMs: options.questionWaitMs ?? 0, sleep: options.questionSleep };
    const asked = (await listQuestionsForCall(callId)).find((q) => q.text === question.trim());
    if (asked) return awaitAnswer(asked.id, options.clock, wait);
    return askPerson({ callId, question }, options.clock, wait);
  }

  /** The job: rings (on a first run), then runs or resumes the conversation after what it already recorded. */
  async function runCall(data: unknown): Promise<void> {
    const { callId, externalId } = simulatedCallJob.parse(data);
    const current = await getCall(callId);
    if (!current || (current.status !== "dialing" && current.status !== "in_progress")) return;
    const recorded = (await listCallEventsForCall(callId)).filter(isSaidOnTheLine).length;
    // The phone rings a moment before anyone picks up (and a swarm's calls don't all start on the same tick).
    if (recorded === 0) await sleep(pauseMs * (0.5 + seededRandom(`ring|${callId}`)()));
    try {
      await run(callId, externalId, recorded);
    } catch (error) {
      logger.error("simulated call failed", { callId, error });
      await ingestCallOutcome(
        callId,
        { status: "failed", ...failureOf("failureSimulationBroke") },
        options.clock,
      );
    }
  }

  // Long enough for a whole call with its live questions; a job held longer than this counts as lost.
  const expireInSeconds = Math.ceil(
    options.callSeconds * 3 + ((options.questionWaitMs ?? 0) / 1000) * 3 + 60,
  );

  return {
    name: "simulated",
    callsRealPhones: false,
    async placeCall(request: PlaceCallRequest) {
      if (options.dialLatencyMs) await sleep(options.dialLatencyMs);
      // Unique per placement: a job left from a dial whose result was lost never runs the redialed call.
      const externalId = `sim_${request.brief.callId}_${randomBytes(4).toString("hex")}`;
      await enqueueJob({
        queue: queues.simulatedCall,
        data: { callId: request.brief.callId, externalId },
        expireInSeconds,
      });
      return { externalId };
    },
    // A simulated call starts only after its dial is recorded, so one still in `dialing` never started.
    async wasPlaced() {
      return "not_placed";
    },
    backgroundWork: [{ queue: queues.simulatedCall, handle: runCall }],
  };
}

const simulatedCallJob = z.object({ callId: z.string(), externalId: z.string() });

/** What the simulation itself records on the line, in script order: spoken lines and the line's progress. */
function isSaidOnTheLine(event: CallEvent): boolean {
  return (
    event.type === "transcript" ||
    (event.type === "call_status" &&
      (callProgressStatuses as readonly string[]).includes(event.payload.status))
  );
}
