// Issue 17 in the simulation: a call to a business abroad runs in that business's language from the first word to
// the last — the receptionist answers in it, the agent's disclosure and every line after it are in it — and still
// agrees a slot that is booked.
import { beforeAll, describe, expect, it } from "vitest";
import { getBooking } from "@/db/bookings";
import { listCallEventsForCall } from "@/db/call-events";
import { getCall } from "@/db/calls";
import { seedDemoDirectory } from "@/db/providers";
import { createSimulatedDialer } from "@/lib/calls/simulated/simulated-dialer";
import { fixedClock } from "@/lib/clock";
import { runDialerJobs } from "@/tests/support/job-runner";
import { claimedCallTo, markSimulatedDial } from "@/tests/support/simulated-call";

// Wednesday 25 November 2026, 10:00 in Paris; the request is for the mornings of the week of 30 November.
const clock = fixedClock("2026-11-25T09:00:00Z");

beforeAll(async () => {
  await seedDemoDirectory();
});

async function simulatedCallTo(providerId: string, mode: "auto" | "review" = "auto") {
  const dialer = createSimulatedDialer({ clock, callSeconds: 0 });
  const { bookingId, callId, token, placeRequest } = await claimedCallTo(providerId, clock.now(), undefined, {
    local: true,
    mode,
  });
  const placed = await dialer.placeCall(placeRequest);
  await markSimulatedDial(callId, token, placed.externalId, clock.now());
  await runDialerJobs(dialer);
  const spoken = (await listCallEventsForCall(callId)).flatMap((event) =>
    event.type === "transcript" && event.payload.role !== "system" ? [event.payload] : [],
  );
  return { call: (await getCall(callId))!, booking: (await getBooking(bookingId))!, spoken };
}

// Words that only an English line would have; none of them is a word in French, German or Spanish.
const englishWords =
  /\b(the|you|your|please|thank|thanks|would|could|book|booked|hello|hi|with|that|works)\b/i;

describe("a simulated call to a business abroad", () => {
  it("to a dentist in Paris runs in French end to end: disclosure, every line, and a slot agreed and booked", async () => {
    const { call, booking, spoken } = await simulatedCallTo("dentist-paris-fr-1");
    expect(call.status).toBe("completed");
    expect(call.outcome?.booked_slot).toBeTruthy();
    expect(booking.status).toBe("booked");

    expect(spoken.length).toBeGreaterThanOrEqual(5);
    // This business answers with a French phone menu; the agent presses its appointments key.
    const [menu, answer, opening] = spoken;
    expect(menu).toMatchObject({
      role: "business",
      text: expect.stringMatching(
        /^Merci d'avoir appelé Cabinet Dentaire du Marais\. .*Pour prendre rendez-vous, tapez 3\./,
      ),
    });
    const system = (await listCallEventsForCall(call.id)).flatMap((event) =>
      event.type === "transcript" && event.payload.role === "system" ? [event.payload.text] : [],
    );
    expect(system).toContain("Phone menu: pressed 3 for prendre rendez-vous.");
    expect(answer).toMatchObject({
      role: "business",
      text: expect.stringMatching(/bonjour, que puis-je pour vous/),
    });
    expect(opening.role).toBe("agent");
    expect(opening.text).toMatch(
      /^Bonjour — Je suis un assistant IA et j'appelle de la part de Sam Lee\. Je voudrais réserver un rendez-vous chez le dentiste chez Cabinet Dentaire du Marais\./,
    );
    for (const line of spoken) {
      expect(line.language, line.text).toBe("fr");
      expect(line.text, line.text).not.toMatch(englishWords);
    }
    // The slot is offered, accepted and booked, in French.
    const texts = spoken.map((line) => line.text);
    expect(texts).toContainEqual(
      expect.stringMatching(/^Je regarde\.\.\. le plus tôt que nous ayons, c'est \S+ \d+ \S+ à \d\dh\d\d/),
    );
    expect(texts).toContain("Cela convient. Pouvez-vous le réserver pour Sam Lee, s'il vous plaît ?");
    expect(texts).toContainEqual(
      expect.stringMatching(/^C'est noté — Sam Lee a rendez-vous .* À bientôt !$/),
    );
    // What the person reads about the call stays in English.
    expect(call.outcome?.summary).toMatch(/^Booked \w+day \d+ \w+ at \d\d:\d\d\.$/);
  });

  it("to a dentist in Montréal runs in French too; in Berlin in German; in Madrid in Spanish", async () => {
    const expected = [
      ["dentist-montreal-qc-1", "fr", /^Bonjour — Je suis un assistant IA/],
      [
        "dentist-berlin-de-1",
        "de",
        /^Guten Tag — Ich bin ein KI-Assistent und rufe an, weil Sam Lee mich darum gebeten hat\./,
      ],
      ["dentist-madrid-es-1", "es", /^Hola — Soy un asistente de IA y llamo en nombre de Sam Lee\./],
    ] as const;
    for (const [providerId, language, disclosure] of expected) {
      const { call, spoken } = await simulatedCallTo(providerId);
      expect(call.outcome?.booked_slot, providerId).toBeTruthy();
      expect(spoken.find((line) => line.role === "agent")?.text).toMatch(disclosure);
      for (const line of spoken) {
        expect(line.language, line.text).toBe(language);
        expect(line.text, line.text).not.toMatch(englishWords);
      }
    }
  });

  it("to a business in London stays in English, with no language on its lines", async () => {
    const { spoken } = await simulatedCallTo("dentist-london-uk-1");
    expect(spoken.find((line) => line.role === "agent")?.text).toMatch(/^Hi — I'm an AI assistant/);
    for (const line of spoken) expect(line.language).toBeUndefined();
  });

  it("in review mode asks a Berlin dentist to hold the slot until a time said in German", async () => {
    const { call, spoken } = await simulatedCallTo("dentist-berlin-de-1", "review");
    expect(call.outcome?.booked_slot).toBeNull();
    const ask = spoken.find((line) => line.role === "agent" && /halten/.test(line.text));
    expect(ask?.text).toMatch(/ bis (heute um \d{1,2}:\d\d Uhr|\w+, \d{1,2}\. \w+ um \d{1,2}:\d\d Uhr)/);
    for (const line of spoken) expect(line.text, line.text).not.toMatch(englishWords);
    expect(spoken.map((line) => line.text).join(" ")).not.toMatch(/\b(today|AM|PM)\b/);
  });
});
