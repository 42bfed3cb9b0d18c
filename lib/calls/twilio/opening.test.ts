import { describe, expect, it } from "vitest";
import type { CallFacts } from "./call-facts";
import { openingTurn } from "./opening";
import { renderTurn, voiceFor } from "./twiml";

const facts = (fields: Partial<CallFacts> = {}): CallFacts =>
  ({
    callId: "call_1",
    brief: { purpose: "inquiry", mode: "auto", targetSlot: null },
    script: {
      businessName: "Harley Street Dental Practice",
      personName: "Ada",
      booking: "a dentist appointment",
      partySize: null,
      availability: "on Monday 9 March",
    },
    timeZone: "Europe/London",
    voice: voiceFor("GB"),
    chosenSlot: null,
    ...fields,
  }) as CallFacts;

const render = (turn: Parameters<typeof renderTurn>[0]) =>
  renderTurn(turn, { actionUrl: "https://callpilot.example.test/api/twilio/voice", voice: voiceFor("GB") });

describe("the first turn of a scripted call", () => {
  it("greets a person and listens for speech or a key, in the business's English", () => {
    const turn = openingTurn(facts(), "human", "message", true);
    expect(turn.step).toBe("greeting");
    expect(render(turn)).toBe(
      `<?xml version="1.0" encoding="UTF-8"?><Response><Gather input="speech dtmf" action="https://callpilot.example.test/api/twilio/voice" method="POST" actionOnEmptyResult="true" speechTimeout="auto" timeout="6" numDigits="1" language="en-GB" hints="yes, no, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday, Sunday, morning, afternoon, a.m., p.m., o'clock, half past, quarter past, tomorrow, next week, fully booked, hold on"><Say language="en-GB" voice="Polly.Amy-Neural">Hello — I'm an AI assistant calling on behalf of Ada. I'd like to book a dentist appointment with Harley Street Dental Practice. They are available on Monday 9 March. Do you have an opening then?</Say></Gather></Response>`,
    );
  });

  it("leaves the voicemail message, or hangs up without one, as configured; never a booking attempt", () => {
    const message = openingTurn(facts(), "machine_end_beep", "message", true);
    expect(render(message)).toMatch(
      /<Say[^>]*>[^<]*We will call back later\. Thank you, goodbye\.<\/Say><Hangup\/><\/Response>$/,
    );
    expect(message.outcome).toMatchObject({
      status: "voicemail",
      failure_reason: expect.stringMatching(/left a short message/),
    });
    const hangUp = openingTurn(facts(), "machine_start", "hang_up", true);
    expect(render(hangUp)).toMatch(/<Response><Hangup\/><\/Response>$/);
    expect(hangUp.outcome).toMatchObject({
      status: "voicemail",
      failure_reason: expect.stringMatching(/without leaving a message/),
    });
  });

  it("escapes what it says: a business name is text, never markup", () => {
    const named = facts({ script: { ...facts().script, businessName: 'Smith & Sons <Dental> "Care"' } });
    const xml = render(openingTurn(named, "human", "message", true));
    expect(xml).toContain('appointment with Smith &amp; Sons &lt;Dental&gt; "Care".');
    expect(xml.match(/<Say /g)).toHaveLength(1);
  });

  it("treats an unknown answer as a person", () => {
    expect(openingTurn(facts(), "unknown", "message", true).step).toBe("greeting");
  });

  it("apologises and books nothing when the request no longer needs the call", () => {
    const turn = openingTurn(facts(), "human", "message", false);
    expect(turn.listen).toBe(false);
    expect(turn.say).toMatch(/They have just found an appointment, so there is nothing to book after all/);
    expect(turn.outcome).toMatchObject({ status: "completed" });
  });

  it("on a confirmation call asks for the chosen slot straight away", () => {
    const turn = openingTurn(
      facts({
        brief: {
          purpose: "confirmation",
          mode: "review",
          targetSlot: { start: "2026-03-09T10:00:00.000Z", end: "2026-03-09T11:00:00.000Z" },
        } as CallFacts["brief"],
        chosenSlot: "Monday 9 March at 10 AM",
      }),
      "human",
      "message",
      true,
    );
    expect(turn).toMatchObject({ step: "confirming", slotStart: new Date("2026-03-09T10:00:00.000Z") });
    expect(turn.say).toMatch(
      /to confirm a dentist appointment on Monday 9 March at 10 AM\. Is that still available to book\? Please say yes, or press 1/,
    );
  });
});
