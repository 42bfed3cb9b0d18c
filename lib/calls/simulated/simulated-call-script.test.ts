import { DateTime } from "luxon";
import { describe, expect, test } from "vitest";
import type { Provider } from "@/db/providers";
import type { ToolAnswer, ToolCode } from "@/lib/booking/in-call-tools";
import { slotFrom } from "@/lib/booking/slot";
import { evaluateSlot } from "@/lib/booking/slot-fit";
import type { CallBrief } from "@/lib/calls/call-brief";
import type { CallOutcomeInput } from "@/lib/calls/call-outcome";
import type { AskPersonAnswer } from "@/lib/calls/questions/ask-person";
import { demoProvider } from "@/tests/support/demo-provider";
import { isOpenThroughout } from "@/lib/providers/opening-hours";
import type { SimulationProfile } from "@/lib/providers/simulation-profile";
import { runSimulatedConversation, type SimulationIO } from "./simulated-call-script";
import { isFree } from "./receptionist";

// Thursday 26 November 2026, 10:00 in Boston.
const now = new Date("2026-11-26T15:00:00Z");
const zone = "America/New_York";
const nextWeek = { start: "2026-11-30T00:00:00-05:00", end: "2026-12-07T00:00:00-05:00" };
const mornings = { start: "08:00", end: "12:00" };

const provider = (profile: SimulationProfile, id = "dentist-cambridge-ma-1"): Provider =>
  demoProvider(id, { simulationProfile: profile });

function brief(overrides: Partial<CallBrief> = {}): CallBrief {
  return {
    callId: "call_test",
    bookingId: "bkg_test",
    purpose: "inquiry",
    mode: "auto",
    business: {
      id: "dentist-cambridge-ma-1",
      name: "Harvard Square Dental Associates",
      phone: "+16175550100",
      timeZone: zone,
    },
    personName: "Sam Lee",
    serviceType: "dentist",
    serviceLabel: "dentist",
    window: nextWeek,
    timeOfDay: mornings,
    windowsText: "Mon 30 Nov – Sun 6 Dec, 08:00–12:00",
    partySize: null,
    notes: null,
    targetSlot: null,
    targetSlotText: null,
    recorded: false,
    ...overrides,
  };
}

type Step =
  | { kind: "pause" }
  | { kind: "status"; status: string }
  | { kind: "say"; role: "agent" | "business" | "system"; text: string }
  | { kind: "ask"; question: string }
  | { kind: "check"; start: string }
  | { kind: "request"; start: string }
  | { kind: "finish"; outcome: CallOutcomeInput };

/** The client's side as check_availability judges it, from the brief's window and time of day. */
function judgeLikeTheTools(b: CallBrief, start: Date): ToolAnswer {
  const slot = slotFrom(start, 60);
  const verdict = evaluateSlot({
    slot: { start, end: new Date(slot.end) },
    request: {
      service_type: b.serviceType,
      location: "Cambridge MA",
      timeframe: "next week",
      window: b.window,
      preferred_time: null,
      time_of_day: b.timeOfDay,
      party_size: null,
      client_name: b.personName,
      notes: null,
    },
    timeZone: zone,
    busy: [],
    now,
  });
  return verdict.fits
    ? { code: "available", say: "works", slot }
    : { code: "unavailable", say: verdict.reason!, slot };
}

const noAnswer: AskPersonAnswer = {
  code: "no_answer",
  say: "no answer yet",
  answer: null,
  question_id: "qst_1",
};

/** A SimulationIO that records every step, judges offers like the tools, and answers request_booking as told. */
function fakeIO(
  b: CallBrief,
  answers: {
    check?: (start: Date, index: number) => ToolAnswer;
    request?: ToolCode;
    askPerson?: (question: string) => AskPersonAnswer;
  } = {},
) {
  const steps: Step[] = [];
  let checks = 0;
  const io: SimulationIO = {
    pause: async () => {
      steps.push({ kind: "pause" });
    },
    status: async (status) => {
      steps.push({ kind: "status", status });
    },
    say: async (role, text) => {
      steps.push({ kind: "say", role, text });
    },
    checkAvailability: async (start) => {
      steps.push({ kind: "check", start: start.toISOString() });
      return answers.check ? answers.check(start, checks++) : judgeLikeTheTools(b, start);
    },
    requestBooking: async (start) => {
      steps.push({ kind: "request", start: start.toISOString() });
      const code = answers.request ?? "approved";
      return { code, say: `answer ${code}`, slot: code === "approved" ? slotFrom(start, 60) : null };
    },
    askPerson: async (question) => {
      steps.push({ kind: "ask", question });
      return answers.askPerson?.(question) ?? noAnswer;
    },
    finish: async (outcome) => {
      steps.push({ kind: "finish", outcome });
    },
  };
  const of = <K extends Step["kind"]>(kind: K) =>
    steps.filter((s): s is Extract<Step, { kind: K }> => s.kind === kind);
  const outcome = () => {
    const finishes = of("finish");
    expect(finishes).toHaveLength(1);
    expect(steps.at(-1)?.kind).toBe("finish");
    return finishes[0].outcome;
  };
  return { io, steps, of, outcome };
}

async function run(profile: SimulationProfile, b = brief(), answers: Parameters<typeof fakeIO>[1] = {}) {
  const fake = fakeIO(b, answers);
  await runSimulatedConversation(b, provider(profile), fake.io, now);
  return fake;
}

const localClock = (iso: string) => DateTime.fromISO(iso, { zone }).toFormat("HH:mm");

describe("an accepting receptionist", () => {
  test("the agent checks the offer, then requests it, then reports it booked", async () => {
    const call = await run("accepts");
    const tools = call.steps.filter((s) => s.kind === "check" || s.kind === "request");
    expect(tools.map((s) => s.kind)).toEqual(["check", "request"]);
    expect(tools[1]).toEqual({ kind: "request", start: (tools[0] as { start: string }).start });
    const outcome = call.outcome();
    expect(outcome.status).toBe("completed");
    expect(outcome.booked_slot).toEqual(slotFrom(new Date(call.of("check")[0].start), 60));
    expect(outcome.failure_reason ?? null).toBeNull();
  });

  test("the phone rings and is answered before anyone speaks", async () => {
    const call = await run("accepts");
    const firstSay = call.steps.findIndex((s) => s.kind === "say");
    expect(call.of("status").map((s) => s.status)).toEqual(["ringing", "answered"]);
    expect(call.steps.findIndex((s) => s.kind === "status" && s.status === "answered")).toBeLessThan(
      firstSay,
    );
  });

  test("the first offer lies inside the window, at the preferred time, within opening hours", async () => {
    const call = await run("accepts");
    const start = call.of("check")[0].start;
    expect(Date.parse(start)).toBeGreaterThanOrEqual(Date.parse(nextWeek.start));
    expect(Date.parse(start)).toBeLessThan(Date.parse(nextWeek.end));
    expect(localClock(start) >= "08:00" && localClock(start) <= "11:00").toBe(true);
    const p = provider("accepts");
    const slot = { start: new Date(start), end: new Date(Date.parse(start) + 60 * 60_000) };
    expect(isOpenThroughout(p.openingHours, p.timeZone, slot)).toBe(true);
  });

  test("the agent introduces the client and their availability", async () => {
    const call = await run("accepts");
    const agentLines = call
      .of("say")
      .filter((s) => s.role === "agent")
      .map((s) => s.text);
    expect(agentLines[0]).toContain("Sam Lee");
    expect(agentLines[0]).toContain("Mon 30 Nov – Sun 6 Dec, 08:00–12:00");
  });

  test("in review mode the answer hold_requested asks the business to hold the slot and books nothing", async () => {
    const call = await run("accepts", brief({ mode: "review" }), { request: "hold_requested" });
    const outcome = call.outcome();
    expect(outcome.status).toBe("completed");
    expect(outcome.booked_slot ?? null).toBeNull();
    expect(outcome.summary).toMatch(/asked them to hold it/);
    expect(call.of("request")).toHaveLength(1);
  });

  test("when request_booking answers booking_closed, the agent closes politely and books nothing", async () => {
    const call = await run("accepts", brief(), { request: "booking_closed" });
    const outcome = call.outcome();
    expect(outcome.booked_slot ?? null).toBeNull();
    expect(outcome.summary).toMatch(/booked elsewhere/);
    expect(call.of("request")).toHaveLength(1);
  });

  test("when check_availability already answers booking_closed, the agent never requests a booking", async () => {
    const closed: ToolAnswer = { code: "booking_closed", say: "closed", slot: null };
    const call = await run("accepts", brief(), { check: () => closed });
    expect(call.of("check")).toHaveLength(1);
    expect(call.of("request")).toHaveLength(0);
    expect(call.outcome().booked_slot ?? null).toBeNull();
  });

  test("an unavailable first offer leads to a second, different offer, which is then requested", async () => {
    const call = await run("accepts", brief(), {
      check: (start, index) =>
        index === 0
          ? { code: "unavailable", say: "clash", slot: slotFrom(start, 60) }
          : { code: "available", say: "ok", slot: slotFrom(start, 60) },
    });
    const checks = call.of("check");
    expect(checks).toHaveLength(2);
    expect(checks[1].start).not.toBe(checks[0].start);
    expect(Date.parse(checks[1].start)).toBeGreaterThan(Date.parse(checks[0].start));
    expect(call.of("request")).toEqual([{ kind: "request", start: checks[1].start }]);
    expect(call.outcome().booked_slot).toEqual(slotFrom(new Date(checks[1].start), 60));
  });

  test("after three unavailable offers the agent gives up without requesting anything", async () => {
    const call = await run("accepts", brief(), {
      check: (start) => ({ code: "unavailable", say: "no", slot: slotFrom(start, 60) }),
    });
    expect(call.of("check")).toHaveLength(3);
    expect(new Set(call.of("check").map((s) => s.start)).size).toBe(3);
    expect(call.of("request")).toHaveLength(0);
    expect(call.outcome()).toMatchObject({
      status: "completed",
      failure_reason: "No slot that fits the client's availability.",
    });
  });
});

describe("the receptionist's reading of the preferred time of day", () => {
  test("a late slot ending at midnight is not offered as a morning slot", async () => {
    // Open mornings and late evenings; the window opens at noon on Monday, so the first slot that could be
    // offered is Monday 23:00–00:00, which is free in this business's calendar. A morning slot comes first anyway.
    const nightOwl: Provider = {
      ...provider("accepts"),
      id: "night-owl-2",
      openingHours: {
        mon: [
          ["08:00", "12:00"],
          ["20:00", "24:00"],
        ],
        tue: [
          ["08:00", "12:00"],
          ["20:00", "24:00"],
        ],
      },
    };
    const b = brief({ window: { start: "2026-11-30T12:00:00-05:00", end: "2026-12-02T00:00:00-05:00" } });
    const fake = fakeIO(b);
    expect(isFree(nightOwl, new Date("2026-12-01T04:00:00Z"), 60, now)).toBe(true);
    await runSimulatedConversation(b, nightOwl, fake.io, now);
    const first = fake.of("check")[0].start;
    expect(localClock(first) >= "08:00" && localClock(first) <= "11:00").toBe(true);
  });
});

describe("receptionists that do not answer", () => {
  test("no_answer ends the call as no_answer without a word said", async () => {
    const call = await run("no_answer");
    expect(call.outcome()).toMatchObject({
      status: "no_answer",
      failure_reason: "Nobody answered the phone.",
    });
    expect(call.of("say")).toHaveLength(0);
    expect(call.of("status").map((s) => s.status)).toEqual(["ringing"]);
  });

  test("busy ends the call as busy without a word said", async () => {
    const call = await run("busy");
    expect(call.outcome()).toMatchObject({ status: "busy", failure_reason: "The line was busy." });
    expect(call.of("say")).toHaveLength(0);
    expect(call.of("check")).toHaveLength(0);
  });

  test("voicemail plays the greeting, leaves no message and ends as voicemail", async () => {
    const call = await run("voicemail");
    expect(call.outcome()).toMatchObject({ status: "voicemail" });
    const lines = call.of("say");
    expect(lines).toHaveLength(1);
    expect(lines[0].role).toBe("business");
    expect(lines[0].text).toContain("leave a message");
    expect(call.of("status").map((s) => s.status)).toEqual(["ringing"]);
  });
});

describe("receptionists that answer but cannot book", () => {
  test("needs_insurance checks the offer, records the requirement and never books", async () => {
    const call = await run("needs_insurance");
    expect(call.of("check")).toHaveLength(1);
    expect(call.of("request")).toHaveLength(0);
    const outcome = call.outcome();
    expect(outcome.status).toBe("completed");
    expect(outcome.requirements).toEqual(["Insurance details before booking"]);
    expect(outcome.booked_slot ?? null).toBeNull();
    expect(outcome.failure_reason).toMatch(/insurance/i);
  });

  test("no_phone_booking neither checks nor requests a slot", async () => {
    const call = await run("no_phone_booking");
    expect(call.of("check")).toHaveLength(0);
    expect(call.of("request")).toHaveLength(0);
    expect(call.outcome()).toMatchObject({
      status: "completed",
      failure_reason: "They only take bookings online, not by phone.",
    });
  });

  test("far_future offers only slots at least 21 days away, all outside the window, and never requests one", async () => {
    const call = await run("far_future");
    const checks = call.of("check");
    expect(checks).toHaveLength(3);
    for (const check of checks) {
      expect(Date.parse(check.start)).toBeGreaterThanOrEqual(now.getTime() + 21 * 86_400_000);
      expect(Date.parse(check.start)).toBeGreaterThanOrEqual(Date.parse(nextWeek.end));
    }
    expect(call.of("request")).toHaveLength(0);
    expect(call.outcome()).toMatchObject({
      status: "completed",
      failure_reason: "No slot that fits the client's availability.",
    });
  });
});

describe("a confirmation call", () => {
  const target = { start: "2026-12-01T14:00:00.000Z", end: "2026-12-01T15:00:00.000Z" };
  const confirmation = brief({
    purpose: "confirmation",
    mode: "review",
    targetSlot: target,
    targetSlotText: "Tuesday 1 December at 09:00",
  });

  test("requests exactly the chosen slot, without offering others, and reports it booked", async () => {
    const call = await run("accepts", confirmation);
    expect(call.of("check")).toHaveLength(0);
    expect(call.of("request")).toEqual([{ kind: "request", start: target.start }]);
    expect(call.outcome()).toMatchObject({ status: "completed", booked_slot: target });
  });

  test("when the booking is declined, ends without a booked slot and says why", async () => {
    const call = await run("accepts", confirmation, { request: "declined" });
    expect(call.of("request")).toHaveLength(1);
    const outcome = call.outcome();
    expect(outcome.booked_slot ?? null).toBeNull();
    expect(outcome.failure_reason).toBe("The booking could not be confirmed: answer declined");
  });
});
