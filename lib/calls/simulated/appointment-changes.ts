// Simulated receptionists asked to cancel or move an appointment CallPilot booked with them. Deterministic per
// business, from the same behaviour and calendar as their booking calls: whoever answers the phone cancels; a move
// is agreed when their calendar has a free slot in the person's new window, and otherwise they only have other
// slots (a far_future business, a window they are closed or full in). Businesses that never answer never answer
// here either (handled before this, like every call).
import type { Provider } from "@/db/providers";
import { appointmentMinutes } from "@/lib/booking/slot";
import { callLanguageOf, describeSlot, type CallBrief } from "@/lib/calls/call-brief";
import { failureOf, summaryOf } from "@/lib/calls/call-outcome";
import { sentenceTime } from "@/lib/sentences/sentence";
import { nextOffer } from "./receptionist";
import type { SimulationIO } from "./simulation-io";
import { simulatedLines, type SimulatedLines } from "./lines/simulated-lines";

export type MoveDecision = { kind: "agree"; start: Date } | { kind: "other_slots"; starts: Date[] };

const otherSlotsOffered = 2;

/** What this receptionist answers to "could we move it into this window?". */
export function receptionistMoveDecision(brief: CallBrief, provider: Provider, now: Date): MoveDecision {
  const duration = appointmentMinutes(brief.serviceType);
  const offered = new Set<number>(brief.targetSlot ? [Date.parse(brief.targetSlot.start)] : []);
  const windowEnd = brief.window ? Date.parse(brief.window.end) : Infinity;
  const starts: Date[] = [];
  for (let i = 0; i < otherSlotsOffered; i++) {
    const start = nextOffer(brief, provider, duration, offered, now);
    if (!start) break;
    if (start.getTime() < windowEnd && i === 0) return { kind: "agree", start };
    offered.add(start.getTime());
    starts.push(start);
  }
  return { kind: "other_slots", starts };
}

/** A cancellation call: the opening line named the appointment; the receptionist finds it and cancels it. */
export async function cancelAppointment(
  brief: CallBrief,
  io: SimulationIO,
  lines: SimulatedLines = simulatedLines(),
): Promise<void> {
  const when = brief.targetSlotText ?? "";
  await io.say("business", lines.cancelled(brief.personName, when));
  await io.pause();
  await io.say("agent", lines.cancelledThanks(when));
  return io.finish({
    status: "completed",
    appointment_canceled: true,
    ...summaryOf("callCanceledAppointmentOf", { person: brief.personName, when: appointmentTime(brief) }),
  });
}

/** A reschedule call: a slot in the new window is checked and, when request_booking approves, the booking moves. */
export async function moveAppointment(
  brief: CallBrief,
  provider: Provider,
  io: SimulationIO,
  now: Date,
  lines: SimulatedLines = simulatedLines(),
): Promise<void> {
  const language = callLanguageOf(brief);
  const decision = receptionistMoveDecision(brief, provider, now);
  if (decision.kind === "agree") {
    const when = describeSlot({ start: decision.start.toISOString() }, provider.timeZone, language);
    await io.say("business", lines.couldMoveTo(when));
    await io.pause();
    const check = await io.checkAvailability(decision.start);
    if (check.code === "available") {
      const moved = await io.requestBooking(decision.start);
      if (moved.code === "approved") {
        await io.say("agent", lines.pleaseMove(brief.targetSlotText ?? "", when));
        await io.pause();
        await io.say("business", lines.moved(brief.personName, when));
        return io.finish({
          status: "completed",
          booked_slot: moved.slot,
          ...summaryOf("callMoved", {
            from: appointmentTime(brief),
            when: sentenceTime(decision.start, provider.timeZone),
          }),
        });
      }
    }
    await io.say("agent", lines.moveFailed(brief.personName));
    return io.finish({
      status: "completed",
      ...failureOf("failureNotMoved", {
        when: sentenceTime(decision.start, provider.timeZone),
        heard: check.say,
      }),
      ...summaryOf("callMoveKept", {
        when: sentenceTime(decision.start, provider.timeZone),
        from: appointmentTime(brief),
      }),
    });
  }
  const others = decision.starts.map((start) =>
    describeSlot({ start: start.toISOString() }, provider.timeZone, language),
  );
  await io.say("business", lines.nothingThen(others));
  for (const start of decision.starts) await io.checkAvailability(start);
  await io.pause();
  await io.say("agent", lines.keepAppointment(brief.targetSlotText ?? "", brief.personName));
  return io.finish({
    status: "completed",
    ...failureOf("failureNothingFreeToMove", {
      window: brief.newWindowText ?? brief.windowsText,
      when: appointmentTime(brief),
    }),
    ...(decision.starts.length > 0
      ? summaryOf("callMoveOthersOffered", {
          times: decision.starts.map((start) => sentenceTime(start, provider.timeZone)),
        })
      : summaryOf("callMoveNothing")),
  });
}

/** The booked appointment the call is about, for its summary (a change call always carries it, call-brief.ts). */
function appointmentTime(brief: CallBrief) {
  return sentenceTime(brief.targetSlot!.start, brief.business.timeZone);
}
