// The simulated dialer: "phones" a demo business by running its simulated receptionist in this process, reporting
// through the same tools and ingestion the real vendors use. A call only starts once its dial is recorded, so the
// dispatcher's exactly-once guarantee covers it; after a restart, calls in progress resume where they stopped.
import { getBooking } from "@/db/bookings";
import { listCallEventsForCall } from "@/db/call-events";
import { listQuestionsForCall } from "@/db/call-questions";
import { getCall, type Call } from "@/db/calls";
import type { CallRow } from "@/db/schema";
import { getProvider } from "@/db/providers";
import { checkAvailability, requestBooking } from "@/lib/booking/in-call-tools";
import type { Clock } from "@/lib/clock";
import { logger } from "@/lib/logger";
import { buildCallBrief } from "../call-brief";
import type { CallOutcomeInput } from "../call-outcome";
import { askClient, awaitAnswer } from "../questions/ask-client";
import { clientDetailsFor } from "../questions/client-details";
import type { Dialer, PlaceCallRequest } from "../dialer";
import { ingestCallOutcome, recordCallProgress, recordTranscriptLine } from "../ingestion";
import { runSimulatedConversation, type SimulationIO } from "./conversation";
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

  async function run(callId: string, externalId: string, linesAlreadySaid: number): Promise<void> {
    const call = await waitUntilDialRecorded(callId, externalId);
    if (!call) return;
    const [booking, provider] = await Promise.all([getBooking(call.bookingId), getProvider(call.providerId)]);
    if (!booking || !provider) return;
    const clock = options.clock;
    let toSkip = linesAlreadySaid;
    const jitter = seededRandom(`pause|${callId}`);
    const io: SimulationIO = {
      // People don't talk in lockstep: each pause varies ±40% (seeded by the call, so runs repeat exactly).
      pause: () => (toSkip > 0 ? Promise.resolve() : sleep(pauseMs * (0.6 + 0.8 * jitter()))),
      status: async (status) => {
        if (toSkip === 0) await recordCallProgress(call, status, clock);
      },
      say: async (role, text) => {
        if (toSkip > 0) {
          toSkip--;
          return;
        }
        await recordTranscriptLine(call, { role, text }, clock);
      },
      checkAvailability: (start) => checkAvailability({ callId, start }, clock),
      requestBooking: (start) => requestBooking({ callId, start }, clock),
      askClient: (question) => askOrResume(callId, question),
      finish: async (outcome) => {
        await ingestCallOutcome(callId, await withOpenQuestions(callId, outcome), clock);
      },
    };
    const brief = buildCallBrief(booking, call, provider, undefined, await clientDetailsFor(booking.userId));
    await runSimulatedConversation(brief, provider, io, clock.now());
  }

  /** ask_client, or after a restart the same question's wait resumed rather than asked twice. */
  async function askOrResume(callId: string, question: string) {
    const wait = { waitMs: options.questionWaitMs ?? 0, sleep: options.questionSleep };
    const asked = (await listQuestionsForCall(callId)).find((q) => q.text === question.trim());
    if (asked) return awaitAnswer(asked.id, options.clock, wait);
    return askClient({ callId, question }, options.clock, wait);
  }

  function start(callId: string, externalId: string, linesAlreadySaid: number): void {
    // The phone rings a moment before anyone picks up (and a swarm's calls don't all start on the same tick).
    const ringMs = linesAlreadySaid > 0 ? 0 : pauseMs * (0.5 + seededRandom(`ring|${callId}`)());
    setTimeout(() => {
      run(callId, externalId, linesAlreadySaid).catch(async (error) => {
        logger.error("simulated call failed", { callId, error });
        await ingestCallOutcome(
          callId,
          { status: "failed", failure_reason: "The simulated call broke down." },
          options.clock,
        ).catch(() => undefined);
      });
    }, ringMs);
  }

  return {
    name: "simulated",
    callsRealPhones: false,
    async placeCall(request: PlaceCallRequest) {
      if (options.dialLatencyMs) await sleep(options.dialLatencyMs);
      const externalId = `sim_${request.brief.callId}`;
      start(request.brief.callId, externalId, 0);
      return { externalId };
    },
    // A simulated call starts only after its dial is recorded, so one still in `dialing` never started.
    async wasPlaced() {
      return "not_placed";
    },
    async resume(calls: CallRow[]) {
      for (const call of calls) {
        const said = (await listCallEventsForCall(call.id)).filter(
          (event) => event.type === "transcript",
        ).length;
        start(call.id, call.externalId!, said);
      }
    },
  };
}
