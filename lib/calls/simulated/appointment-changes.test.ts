import { describe, expect, test } from "vitest";
import type { Provider } from "@/db/providers";
import type { ToolAnswer } from "@/lib/booking/in-call-tools";
import type { CallBrief } from "@/lib/calls/call-brief";
import type { CallOutcomeInput } from "@/lib/calls/call-outcome";
import { demoProvider } from "@/tests/support/demo-provider";
import type { SimulationProfile } from "@/lib/providers/simulation-profile";
import { receptionistMoveDecision } from "./appointment-changes";
import { runSimulatedConversation } from "./simulated-call-script";
import type { SimulationIO } from "./simulation-io";

// Thursday 26 November 2026, 10:00 in Boston.
const now = new Date("2026-11-26T15:00:00Z");
const booked = { start: "2026-12-01T14:00:00.000Z", end: "2026-12-01T15:00:00.000Z" };
// Thursday 3 and Friday 4 December, afternoons.
const thursdayFriday = { start: "2026-12-03T00:00:00-05:00", end: "2026-12-05T00:00:00-05:00" };

const business = (profile: SimulationProfile): Provider =>
  demoProvider("dentist-cambridge-ma-1", { simulationProfile: profile });

function briefFor(purpose: "cancellation" | "reschedule"): CallBrief {
  return {
    callId: "call_change",
    bookingId: "bkg_change",
    purpose,
    mode: "auto",
    business: {
      id: "dentist-cambridge-ma-1",
      name: "Harvard Square Dental",
      phone: "+16175550100",
      timeZone: "America/New_York",
    },
    personName: "Sam Lee",
    serviceType: "dentist",
    serviceLabel: "dentist",
    window: purpose === "reschedule" ? thursdayFriday : null,
    timeOfDay: purpose === "reschedule" ? { start: "12:00", end: "17:00" } : null,
    windowsText: "Thu 3 Dec – Fri 4 Dec, 12:00–17:00",
    newWindowText: purpose === "reschedule" ? "Thu 3 Dec – Fri 4 Dec, 12:00–17:00" : null,
    partySize: null,
    notes: null,
    targetSlot: booked,
    targetSlotText: "Tuesday 1 December at 09:00",
    recorded: false,
  };
}

/** Records the lines, the tool calls and the outcome; the tools answer "available" and "approved". */
function recordingLine() {
  const record = {
    lines: [] as string[],
    checked: [] as string[],
    requested: [] as string[],
    outcome: null as CallOutcomeInput | null,
  };
  const answer = (code: ToolAnswer["code"], start: Date): ToolAnswer => ({
    code,
    say: code,
    slot: { start: start.toISOString(), end: new Date(start.getTime() + 3_600_000).toISOString() },
  });
  const io: SimulationIO = {
    pause: async () => {},
    status: async () => {},
    say: async (role, text) => void record.lines.push(`${role}: ${text}`),
    checkAvailability: async (start) => (
      record.checked.push(start.toISOString()),
      answer("available", start)
    ),
    requestBooking: async (start) => (record.requested.push(start.toISOString()), answer("approved", start)),
    askPerson: async () => ({ code: "no_answer", say: "", answer: null, question_id: "q" }),
    finish: async (outcome) => void (record.outcome = outcome),
  };
  return { io, record };
}

describe("simulated receptionists asked to cancel or move an appointment", () => {
  test("one that answers cancels: the outcome carries the business's agreement, nothing is checked or booked", async () => {
    const { io, record } = recordingLine();
    await runSimulatedConversation(briefFor("cancellation"), business("accepts"), io, now);
    expect(record.outcome).toMatchObject({ status: "completed", appointment_canceled: true });
    expect(record.checked).toEqual([]);
    expect(record.requested).toEqual([]);
    expect(record.lines.find((line) => line.startsWith("agent:"))).toContain(
      "Sam Lee has a dentist appointment with you on Tuesday 1 December at 09:00",
    );
  });

  test("one that never answers never answers a cancellation either", async () => {
    const { io, record } = recordingLine();
    await runSimulatedConversation(briefFor("cancellation"), business("no_answer"), io, now);
    expect(record.outcome).toMatchObject({ status: "no_answer" });
    expect(record.outcome?.appointment_canceled).toBeUndefined();
  });

  test("one with a free slot in the new window agrees, and the move goes through request_booking", async () => {
    const decision = receptionistMoveDecision(briefFor("reschedule"), business("accepts"), now);
    expect(decision.kind).toBe("agree");
    const start = (decision as { start: Date }).start;
    expect(start.getTime()).toBeGreaterThanOrEqual(Date.parse(thursdayFriday.start));
    expect(start.getTime()).toBeLessThan(Date.parse(thursdayFriday.end));
    const { io, record } = recordingLine();
    await runSimulatedConversation(briefFor("reschedule"), business("accepts"), io, now);
    expect(record.requested).toEqual([start.toISOString()]);
    expect(record.outcome).toMatchObject({
      status: "completed",
      booked_slot: { start: start.toISOString() },
    });
  });

  test("one whose calendar is full for weeks only has other slots: nothing is moved, the offers are recorded", async () => {
    const decision = receptionistMoveDecision(briefFor("reschedule"), business("far_future"), now);
    expect(decision.kind).toBe("other_slots");
    const { io, record } = recordingLine();
    await runSimulatedConversation(briefFor("reschedule"), business("far_future"), io, now);
    expect(record.requested).toEqual([]);
    expect(record.checked.length).toBeGreaterThan(0);
    for (const start of record.checked)
      expect(Date.parse(start)).toBeGreaterThanOrEqual(Date.parse(thursdayFriday.end));
    expect(record.outcome).toMatchObject({ status: "completed" });
    expect(record.outcome?.booked_slot ?? null).toBeNull();
    expect(String(record.outcome?.failure_reason)).toContain("is unchanged");
  });

  test("the decisions are the same every time (deterministic per business)", () => {
    const brief = briefFor("reschedule");
    expect(receptionistMoveDecision(brief, business("accepts"), now)).toEqual(
      receptionistMoveDecision(brief, business("accepts"), now),
    );
  });
});
