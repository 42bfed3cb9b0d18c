import { describe, expect, test } from "vitest";
import { sayIn } from "@/tests/support/say-in";
import { describeCallEvent } from "./event-summary";

/** The line's English text, as the admin's record and the API keep it. */
const line = (...args: Parameters<typeof describeCallEvent>) => describeCallEvent(...args).text;

const zone = "America/New_York";

describe("one line per call event for the admin timeline", () => {
  test.each([
    [
      "call_queued",
      { purpose: "inquiry", attempt: 2, scheduled_for: null, retry_of: "call_1" },
      "Queued (attempt 2, inquiry, retried by an administrator)",
    ],
    [
      "call_queued",
      { purpose: "inquiry", attempt: 2, scheduled_for: "2026-12-01T14:00:00Z" },
      "Scheduled for Tuesday 1 December at 09:00 (attempt 2, inquiry)",
    ],
    [
      "call_dialed",
      { dialer: "twilio", redirected: true },
      "Dialed with twilio (redirected to the test number)",
    ],
    ["call_status", { status: "answered" }, "Answered"],
    [
      "call_status",
      { status: "scheduled", reason: "Closed now.", scheduled_for: "2026-12-01T14:00:00Z" },
      "scheduled until Tuesday 1 December at 09:00: Closed now.",
    ],
    [
      "slot_offered",
      {
        start: "2026-12-01T14:00:00Z",
        end: "2026-12-01T15:00:00Z",
        fits: false,
        reason: "outside the window",
      },
      "Offered Tuesday 1 December at 09:00 — does not fit: outside the window",
    ],
    ["call_ended", { status: "no_answer", reason: null }, "Ended: no answer"],
    ["booking_booked", { slot: { start: "2026-12-01T14:00:00Z" } }, "Booked Tuesday 1 December at 09:00"],
    ["warning", { message: "Odd." }, "Warning: Odd."],
    ["tool_call", { name: "check_availability" }, 'tool call: {"name":"check_availability"}'],
  ])("%s %j", (type, payload, expected) => {
    expect(line(type, payload, zone)).toBe(expected);
  });
});

describe("hold events (issue 8)", () => {
  test("say which slot was held and until when, in the business's time", () => {
    expect(
      line(
        "hold_requested",
        {
          slot: { start: "2026-12-07T15:00:00.000Z", end: "2026-12-07T16:00:00.000Z" },
          held_until: "2026-12-03T19:00:00.000Z",
        },
        zone,
      ),
    ).toBe("Asked to hold Monday 7 December at 10:00 until Thursday 3 December at 14:00");
    expect(
      line(
        "hold_expired",
        { slot_start: "2026-12-07T15:00:00.000Z", held_until: "2026-12-03T19:00:00.000Z" },
        zone,
      ),
    ).toBe("Hold on Monday 7 December at 10:00 ran out at Thursday 3 December at 14:00");
  });
});

describe("hand-over events (issue 16)", () => {
  test("say to whom the call was handed, or why it was not, with what the business asked", () => {
    expect(
      line(
        "call_handover",
        { asked: "I need the patient.", transferred: true, to: "+16175550199", reason: null },
        zone,
      ),
    ).toBe("Handed over to the person at +16175550199; they asked: “I need the patient.”");
    expect(
      line(
        "call_handover",
        { asked: "I need the patient.", transferred: false, to: null, reason: "No consent." },
        zone,
      ),
    ).toBe("Asked to speak with the person (“I need the patient.”); not handed over: No consent.");
  });
});

describe("in the admin area's language", () => {
  test("each line is a sentence; a reason the event carries is quoted as written", () => {
    const ended = describeCallEvent(
      "call_ended",
      { status: "no_answer", reason: "Nobody answered the phone." },
      zone,
    );
    expect(ended.text).toBe("Ended: no answer: Nobody answered the phone.");
    expect(sayIn("es", ended.sentence!)).toBe("Terminada: sin respuesta: Nobody answered the phone.");
    const created = describeCallEvent("booking_created", { mode: "review", calls: 1, skipped: 2 }, zone);
    expect(created.text).toBe("Booking created (review mode): 1 call, 2 providers skipped");
    expect(sayIn("de", created.sentence!)).toBe(
      "Buchung erstellt (Prüfmodus): 1 Anruf, 2 Anbieter übersprungen",
    );
    expect(
      sayIn(
        "fr",
        describeCallEvent("slot_offered", { start: "2026-12-01T14:00:00Z", fits: true }, zone).sentence!,
      ),
    ).toMatch(/^Proposé mar\. 1 déc\., 09:00 UTC−5 — convient$/);
  });

  test("an event type this build does not know stays in English, as written", () => {
    expect(describeCallEvent("tool_call", { name: "check_availability" }, zone).sentence).toBeNull();
  });
});
