import { describe, expect, it } from "vitest";
import type { Booking } from "@/db/bookings";
import type { Call } from "@/db/calls";
import type { Provider } from "@/db/providers";
import { buildCallBrief } from "@/lib/calls/call-brief";
import { twilioScript } from "./twilio-script";
import { renderAgentSystemPrompt } from "./agent-system";
import { renderFirstMessage } from "./first-message";

const now = new Date("2026-11-26T15:00:00Z");
const booked = { start: "2026-12-01T14:00:00.000Z", end: "2026-12-01T15:00:00.000Z" };

const booking = {
  id: "bkg_1",
  mode: "auto",
  timeZone: "America/New_York",
  request: {
    service_type: "dentist",
    location: "Cambridge MA",
    timeframe: "next week",
    window: { start: "2026-11-30T05:00:00.000Z", end: "2026-12-05T05:00:00.000Z" },
    preferred_time: "mornings",
    time_of_day: { start: "08:00", end: "12:00" },
    party_size: null,
    client_name: "Sam Lee",
    notes: null,
  },
} as unknown as Booking;
const provider = {
  id: "p1",
  name: "Harbor Dental",
  phone: "+16175550100",
  timeZone: "America/New_York",
} as unknown as Provider;

function callOf(purpose: Call["purpose"], requestedWindow: Call["requestedWindow"] = null): Call {
  return { id: "call_1", purpose, targetSlot: booked, requestedWindow } as unknown as Call;
}

describe("the briefs and opening lines of calls about a booked appointment", () => {
  it("a cancellation call names the person and the appointment (date, time) right after the AI disclosure", () => {
    const brief = buildCallBrief(booking, callOf("cancellation"), provider, false);
    expect(brief.targetSlotText).toBe("Tuesday 1 December at 09:00");
    const line = renderFirstMessage(brief, now);
    expect(line).toMatch(/^Hi — I'm an AI assistant calling on behalf of Sam Lee\./);
    expect(line).toContain("Sam Lee has a dentist appointment with you on Tuesday 1 December at 09:00");
    expect(line).toContain("cancel that appointment");
  });

  it("a reschedule call asks for the person's new window, not the one first booked in", () => {
    const brief = buildCallBrief(
      booking,
      callOf("reschedule", {
        start: "2026-12-10T05:00:00.000Z",
        end: "2026-12-12T05:00:00.000Z",
        time_of_day: { start: "12:00", end: "17:00" },
        label: "Thursday or Friday afternoon",
      }),
      provider,
      false,
    );
    expect(brief.window).toEqual({ start: "2026-12-10T05:00:00.000Z", end: "2026-12-12T05:00:00.000Z" });
    expect(brief.newWindowText).toBe("Thu 10 Dec – Fri 11 Dec, 12:00–17:00");
    expect(brief.windowsText).toBe(brief.newWindowText);
    const line = renderFirstMessage(brief, now);
    expect(line).toMatch(/^Hi — I'm an AI assistant calling on behalf of Sam Lee\./);
    expect(line).toContain("on Tuesday 1 December at 09:00 and needs to move it");
    expect(line).toContain("Thu 10 Dec – Fri 11 Dec, 12:00–17:00");
  });

  it("an inquiry's brief has no new window", () => {
    expect(buildCallBrief(booking, callOf("inquiry"), provider, false).newWindowText).toBeNull();
  });

  it("the system prompts of cancellation and reschedule calls (snapshot)", () => {
    const cancel = renderAgentSystemPrompt({ purpose: "cancellation", mode: "auto", serviceType: "dentist" });
    const move = renderAgentSystemPrompt({ purpose: "reschedule", mode: "auto", serviceType: "dentist" });
    expect(cancel).toContain("appointment_cancelled");
    expect(cancel).toContain("do not call check_availability or request_booking");
    expect(move).toContain("{{new_window}}");
    expect(move).toContain("until then the existing appointment stays as it is");
    expect(cancel).toMatchSnapshot();
    expect(move).toMatchSnapshot();
  });

  it("the Twilio script opens a cancellation and a reschedule call with the disclosure and the appointment", () => {
    const script = {
      businessName: "Harbor Dental",
      personName: "Sam Lee",
      booking: "a dentist appointment",
      partySize: null,
      availability: "on Thursday 10 December",
    };
    const cancel = twilioScript.cancellationGreeting(script, "Tuesday 1 December at 9 AM");
    expect(cancel).toMatch(/^Hello — I'm an AI assistant calling on behalf of Sam Lee\./);
    expect(cancel).toContain("on Tuesday 1 December at 9 AM and can't make it");
    const move = twilioScript.rescheduleGreeting(script, "Tuesday 1 December at 9 AM");
    expect(move).toContain("needs to move it. They are available on Thursday 10 December");
  });
});
