// Issue 17: the AI disclosure and the first message in the business's language, the same words on every dialer
// (simulated, ElevenLabs' per-call override, Twilio's script), and the fixed lines around them; snapshots per language.
import { describe, expect, it } from "vitest";
import { describeAvailability, describeSlot, type CallBrief } from "@/lib/calls/call-brief";
import { conversationInitiationData } from "@/lib/calls/elevenlabs/call-setup";
import { callFactsFromBrief } from "@/lib/calls/twilio/call-facts";
import { parseConfig } from "@/lib/config";
import type { CallLanguage } from "@/lib/providers/provider-language";
import { callVariables } from "./call-variables";
import { optOutApologyIn, renderDisclosure, spokenPersonName } from "./disclosure";
import { fillTemplate } from "./fill-template";
import { renderFirstMessage } from "./first-message";
import { handoverCallBackLine, handoverTransferLine } from "./handover";
import { simulatedLines } from "@/lib/calls/simulated/lines/simulated-lines";
import { twilioScriptFor } from "./languages/twilio-script-for";
import { voicemailTemplateIn } from "./voicemail";

const now = new Date("2026-11-25T09:00:00Z");
const config = parseConfig({ BETTER_AUTH_SECRET: "test-secret-test-secret-test-secret-0123456789" });
const zone = "Europe/Paris";
const window = { start: "2026-11-29T23:00:00.000Z", end: "2026-12-04T23:00:00.000Z" };
const slot = { start: "2026-12-01T09:30:00.000Z", end: "2026-12-01T10:00:00.000Z" };

function briefIn(language: CallLanguage, purpose: CallBrief["purpose"], recorded: boolean): CallBrief {
  const about = purpose !== "inquiry";
  return {
    callId: "call_1",
    bookingId: "bkg_1",
    purpose,
    mode: "auto",
    business: {
      id: "p1",
      name: "Cabinet Dentaire du Marais",
      phone: "+33199000100",
      timeZone: zone,
      country: "FR",
    },
    language,
    personName: "Sam Lee",
    serviceType: "dentist",
    serviceLabel: "dentist",
    window,
    timeOfDay: { start: "08:00", end: "12:00" },
    windowsText: describeAvailability(window, { start: "08:00", end: "12:00" }, zone, language),
    partySize: null,
    notes: null,
    targetSlot: about ? slot : null,
    targetSlotText: about ? describeSlot(slot, zone, language) : null,
    newWindowText:
      purpose === "reschedule"
        ? describeAvailability(window, { start: "08:00", end: "12:00" }, zone, language)
        : null,
    recorded,
  };
}

/** Every opening line a business can hear, per dialer. */
function openingLines(brief: CallBrief): Record<string, string> {
  const elevenLabs = conversationInitiationData(brief, config, now);
  const facts = callFactsFromBrief(brief);
  const script = twilioScriptFor(brief.language);
  const twilio = {
    inquiry: () => script.greeting(facts.script),
    confirmation: () => script.confirmationGreeting(facts.script, facts.chosenSlot!),
    cancellation: () => script.cancellationGreeting(facts.script, facts.chosenSlot!),
    reschedule: () => script.rescheduleGreeting(facts.script, facts.chosenSlot!),
    release: () => script.releaseHold(facts.script, facts.chosenSlot!),
  }[brief.purpose]();
  return {
    simulated: renderFirstMessage(brief, now),
    elevenlabs: fillTemplate(
      elevenLabs.conversationConfigOverride!.agent!.firstMessage!,
      callVariables(brief, now) as unknown as Record<string, string>,
    ),
    twilio,
  };
}

const disclosures: Record<
  Exclude<CallLanguage, "en">,
  { hello: string; disclosure: string; recording: string }
> = {
  fr: {
    hello: "Bonjour — ",
    disclosure: "Je suis un assistant IA et j'appelle de la part de Sam Lee.",
    recording: "Cet appel peut être enregistré.",
  },
  de: {
    hello: "Guten Tag — ",
    disclosure: "Ich bin ein KI-Assistent und rufe an, weil Sam Lee mich darum gebeten hat.",
    recording: "Dieses Gespräch kann aufgezeichnet werden.",
  },
  es: {
    hello: "Hola — ",
    disclosure: "Soy un asistente de IA y llamo en nombre de Sam Lee.",
    recording: "Esta llamada puede ser grabada.",
  },
};

const purposes = ["inquiry", "confirmation", "cancellation", "reschedule", "release"] as const;

for (const language of ["fr", "de", "es"] as const) {
  const expected = disclosures[language];
  describe(`calls in ${language}`, () => {
    it("the disclosure is in the business's language, with the recording notice when recording, snapshot", () => {
      expect(renderDisclosure("Sam Lee", false, language)).toBe(expected.disclosure);
      expect(renderDisclosure("Sam Lee", true, language)).toBe(
        `${expected.disclosure} ${expected.recording}`,
      );
      expect({
        disclosure: renderDisclosure("Sam Lee", true, language),
        handoverTransfer: handoverTransferLine("Sam Lee", language),
        handoverCallBack: handoverCallBackLine("Sam Lee", language),
        voicemail: voicemailTemplateIn(language),
        optOutApology: optOutApologyIn(language),
      }).toMatchSnapshot();
    });

    for (const purpose of purposes) {
      it(`a ${purpose} call's first message opens with the disclosure in that language on every dialer, snapshot`, () => {
        const lines = openingLines(briefIn(language, purpose, true));
        for (const line of Object.values(lines)) {
          expect(line.startsWith(`${expected.hello}${expected.disclosure} ${expected.recording}`), line).toBe(
            true,
          );
          expect(line).not.toContain("{{");
          expect(line).not.toMatch(/\b(the|you|please|would|could|book)\b/i);
        }
        expect(lines).toMatchSnapshot();
      });
    }
  });
}

describe("calls in English", () => {
  it("are unchanged when the brief names no language", () => {
    const brief = { ...briefIn("en", "inquiry", false), language: undefined };
    expect(renderFirstMessage(brief, now)).toMatch(
      /^Hi — I'm an AI assistant calling on behalf of Sam Lee\. I'd like/,
    );
  });
});

describe("German lines for a client who gave no name", () => {
  // German declines "mein Kunde" (meinem Kunden, meinen Kunden): the lines may use it only as a subject.
  const unnamed = spokenPersonName(null, "de");
  const notSubject = /\b(von|mit|für|bei|passt|erreiche|gebe|Termin von|Auftrag von)\s+mein Kunde\b/;

  it("the spoken lines, the Twilio script and the simulated agent never put it after a preposition or as an object", () => {
    expect(unnamed).toBe("mein Kunde");
    const context = {
      businessName: "Zahnarztpraxis am Markt",
      personName: unnamed,
      booking: "einen Zahnarzttermin",
      partySize: null,
      availability: "von Montag bis Freitag vormittags",
      language: "de" as const,
    };
    const slot = "Dienstag, 1. Dezember um 10:00 Uhr";
    const said: string[] = [
      renderDisclosure(unnamed, true, "de"),
      handoverTransferLine(unnamed, "de"),
      handoverCallBackLine(unnamed, "de"),
      ...purposes.map((purpose) =>
        renderFirstMessage({ ...briefIn("de", purpose, false), personName: unnamed }),
      ),
    ];
    for (const line of Object.values(twilioScriptFor("de"))) {
      // Every Twilio line takes the call's context first; the slot and the hold's end follow where they are used.
      said.push(String((line as (...args: unknown[]) => string)(context, slot, "heute um 12:00 Uhr")));
    }
    const lines = simulatedLines("de");
    said.push(
      lines.booked(unnamed, slot),
      lines.confirmedBooked(unnamed, slot),
      lines.insistOnPerson(unnamed, true),
      lines.insistOnPerson(unnamed, false),
      lines.cancelled(unnamed, slot),
      lines.moved(unnamed, slot),
      lines.passOnInsurance(unnamed),
      lines.doesNotFit(unnamed, context.availability),
      lines.pleaseBook(unnamed),
      lines.askHold(slot, unnamed, "heute um 12:00 Uhr"),
      lines.confirmPleaseBook(unnamed),
      lines.bookedElsewhere(unnamed),
      lines.oneMoment(unnamed),
      lines.personSays(unnamed, "ja"),
      lines.cannotReach(unnamed),
      lines.moveFailed(unnamed),
      lines.keepAppointment(slot, unnamed),
    );
    const misplaced = said.filter((line) => notSubject.test(line));
    expect(misplaced).toEqual([]);
    // It is said, as the subject, in the disclosure.
    expect(renderDisclosure(unnamed, false, "de")).toBe(
      "Ich bin ein KI-Assistent und rufe an, weil mein Kunde mich darum gebeten hat.",
    );
  });
});
