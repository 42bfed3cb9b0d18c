// Issue 17 on the Twilio fallback: a business abroad hears the scripted call in its own language — <Say> and
// <Gather> in its locale with a voice of that language, the disclosure and every line translated — and the offline
// reader understands its replies ("mardi à dix heures et demie", "Dienstag um 10 Uhr", "el jueves a las diez").
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getBooking } from "@/db/bookings";
import { listCallEventsForCall } from "@/db/call-events";
import { getCall } from "@/db/calls";
import { behindPhoneMenu, type ReceptionistScript } from "../support/twilio-receptionist";
import { createTestUser } from "./support/booking-fixtures";
import { playOneCall, startTwilioHarness, type TwilioHarness } from "./support/twilio-harness";
import { sayIn } from "@/tests/support/say-in";

let harness: TwilioHarness;

beforeAll(async () => {
  // Wednesday 25 November 2026, 10:00 in Paris and Madrid, 10:00 in Berlin: the demo dentists there are open.
  harness = await startTwilioHarness({ now: "2026-11-25T09:00:00Z" });
});

afterAll(async () => {
  await harness.close();
});

afterEach(() => {
  harness.receptionist(() => ({ answer: "no_answer" }));
});

/** Offers `offer` when asked for a time, then agrees (`yes`) when the slot is read back; hangs up otherwise. */
function receptionist(asks: RegExp, offer: string, confirms: RegExp, yes: string): ReceptionistScript {
  return {
    answer: "human",
    reply: (said) => {
      if (confirms.test(said)) return { speech: yes };
      if (asks.test(said)) return { speech: offer };
      return "hang_up";
    },
  };
}

const englishWords =
  /\b(the|you|your|please|thank|thanks|would|could|book|booked|hello|hi|with|that|works)\b/i;

describe("a scripted Twilio call to a business abroad", () => {
  it("to a Paris dentist is in French: fr-FR voice and recognition, French disclosure, a French offer booked", async () => {
    const { bookingId, callId, played } = await playOneCall(
      harness,
      await createTestUser(),
      receptionist(
        /Auriez-vous une place/,
        "Oui, nous aurions mardi à dix heures et demie.",
        /Pourriez-vous le réserver/,
        "Oui, c'est noté.",
      ),
      ["dentist-paris-fr-1"],
    );
    const call = (await getCall(callId))!;
    expect(call.outcome?.booked_slot?.start).toBe("2026-12-01T09:30:00.000Z");
    expect((await getBooking(bookingId))!.status).toBe("booked");

    for (const twiml of played.twiml) {
      for (const say of twiml.match(/<Say[^>]*>/g) ?? []) {
        expect(say).toContain('language="fr-FR"');
        expect(say).toContain('voice="Polly.Lea-Neural"');
      }
      for (const gather of twiml.match(/<Gather[^>]*>/g) ?? []) expect(gather).toContain('language="fr-FR"');
    }
    const said = played.lines.filter((line) => line.startsWith("caller: ")).map((line) => line.slice(8));
    expect(said[0]).toMatch(
      /^Bonjour — Je suis un assistant IA et j'appelle de la part de Sam Lee\. Je voudrais réserver un rendez-vous chez le dentiste chez Cabinet Dentaire du Marais\./,
    );
    expect(said).toContain(
      "Le mardi 1 décembre à 10 heures 30 convient à Sam Lee. Pourriez-vous le réserver ? Dites oui, ou tapez 1. Sinon, dites non.",
    );
    expect(said.at(-1)).toBe(
      "Parfait, merci. C'est donc noté pour Sam Lee, le mardi 1 décembre à 10 heures 30. Au revoir !",
    );
    for (const line of said) expect(line, line).not.toMatch(englishWords);
    // The transcript says which language each spoken line was in.
    const transcript = (await listCallEventsForCall(callId)).flatMap((event) =>
      event.type === "transcript" && event.payload.role !== "system" ? [event.payload] : [],
    );
    expect(transcript.length).toBeGreaterThanOrEqual(4);
    for (const line of transcript) expect(line.language, line.text).toBe("fr");
  });

  it("to a Berlin dentist is in German and to a Madrid dentist in Spanish, each reply understood", async () => {
    const berlin = await playOneCall(
      harness,
      await createTestUser(),
      receptionist(
        /Hätten Sie da etwas frei/,
        "Dienstag um 10 Uhr",
        /Könnten Sie das bitte buchen/,
        "Ja, gerne.",
      ),
      ["dentist-berlin-de-1"],
    );
    expect((await getCall(berlin.callId))!.outcome?.booked_slot?.start).toBe("2026-12-01T09:00:00.000Z");
    expect(berlin.played.twiml[0]).toMatch(
      /<Say[^>]*language="de-DE"[^>]*>Guten Tag — Ich bin ein KI-Assistent/,
    );

    const madrid = await playOneCall(
      harness,
      await createTestUser(),
      receptionist(/¿Tendrían algún hueco/, "El jueves a las diez", /¿Podrían reservarlo\?/, "Sí, claro."),
      ["dentist-madrid-es-1"],
    );
    expect((await getCall(madrid.callId))!.outcome?.booked_slot?.start).toBe("2026-12-03T09:00:00.000Z"); // the Thursday inside the window
    expect(madrid.played.twiml[0]).toMatch(/<Say[^>]*language="es-ES"[^>]*>Hola — Soy un asistente de IA/);
  });

  it("presses the key a Spanish phone menu gives for appointments, then books with the desk it reaches", async () => {
    const menu =
      "Gracias por llamar. Para facturación, pulse 1. Para pedir cita, pulse 3. Para resultados, pulse 4.";
    const presses: (string | null)[] = [];
    const { callId, played } = await playOneCall(
      harness,
      await createTestUser(),
      behindPhoneMenu(
        menu,
        {
          key: "3",
          greeting: "Citas, le atiende Lucía.",
          otherKey: "El departamento de facturación está cerrado.",
          talk: (said) => {
            if (/¿Podrían reservarlo\?/.test(said)) return { speech: "Sí, claro." };
            if (/¿Tendrían algún hueco/.test(said)) return { speech: "El jueves a las diez" };
            return "hang_up";
          },
        },
        presses,
      ),
      ["dentist-madrid-es-1"],
    );
    expect(presses.filter(Boolean)).toEqual(["3"]);
    expect(played.twiml.some((twiml) => twiml.includes('<Play digits="3"/>'))).toBe(true);
    const transcript = (await listCallEventsForCall(callId)).flatMap((event) =>
      event.type === "transcript" ? [event.payload] : [],
    );
    const note = transcript.find((line) => line.role === "system");
    expect(note).toEqual({
      role: "system",
      text: "Phone menu: pressed 3 for pedir cita.",
      sentence: { key: "noteMenuKeyPressed", values: { digits: "3", option: "pedir cita" } },
    });
    // A Spanish page says the note in Spanish, the option in the menu's own words.
    expect(sayIn("es", note!.sentence!)).toBe("Menú telefónico: se pulsó 3 para «pedir cita».");
    expect((await getCall(callId))!.outcome?.booked_slot?.start).toBe("2026-12-03T09:00:00.000Z");
  });
});
