import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import spanish from "@/messages/es.json";
import german from "@/messages/de.json";
import { sentenceSchema, type Sentence } from "./sentence-schema";
import { inEnglish, sentence, sentenceTime } from "./sentence";
import { wordValues } from "./word-values";

const tuesdayNineInMadrid = sentenceTime(new Date("2026-12-08T08:00:00Z"), "Europe/Madrid");

/** What a page in `messages`' language shows for a sentence, its times worded as the booking page words them. */
function inLanguage(locale: "es" | "de", written: Sentence) {
  const messages = locale === "es" ? spanish : german;
  const t = createTranslator({ locale, messages, namespace: "serverSentences" });
  const say = (said: Sentence): string =>
    t(
      said.key as Parameters<typeof t>[0],
      wordValues(said.values, locale, {
        time: (time) =>
          new Intl.DateTimeFormat(locale, {
            timeZone: time.zone,
            weekday: "long",
            hour: "2-digit",
            minute: "2-digit",
          }).format(new Date(time.instant)),
        sentence: say,
      }),
    );
  return say(written);
}

describe("a sentence CallPilot writes for a person", () => {
  test("keeps its English text, its time worded in the business's zone as the calls word it", () => {
    const booked = sentence("callBooked", { when: tuesdayNineInMadrid });
    expect(booked.text).toBe("Booked Tuesday 8 December at 09:00.");
    expect(booked.sentence).toEqual({
      key: "callBooked",
      values: { when: { instant: "2026-12-08T08:00:00.000Z", zone: "Europe/Madrid" } },
    });
  });

  test("is said in the reader's language from the same key and values", () => {
    const booked = sentence("callBooked", { when: tuesdayNineInMadrid }).sentence;
    expect(inLanguage("es", booked)).toBe("Reservado: martes, 09:00.");
    expect(inLanguage("de", booked)).toBe("Gebucht: Dienstag, 09:00.");
  });

  test("joins several times with the language's own 'or'", () => {
    const later = sentenceTime(new Date("2026-12-09T15:00:00Z"), "Europe/Madrid");
    const offered = sentence("callMoveOthersOffered", { times: [tuesdayNineInMadrid, later] });
    expect(offered.text).toBe(
      "No slot in the new window; they offered Tuesday 8 December at 09:00 or Wednesday 9 December at 16:00.",
    );
    expect(inLanguage("es", offered.sentence)).toBe(
      "Ningún horario en las nuevas fechas; ofrecieron martes, 09:00 o miércoles, 16:00.",
    );
  });

  test("words numbers for the language: a distance keeps one decimal, with the language's separator", () => {
    const far = sentence("skipTooFar", { distance: 14.2, limit: 10 });
    expect(far.text).toBe("14.2 km away, beyond the 10 km limit");
    expect(sentence("skipTooFar", { distance: 12, limit: 10 }).text).toBe(
      "12.0 km away, beyond the 10 km limit",
    );
    expect(inLanguage("de", far.sentence)).toBe("14,2 km entfernt, jenseits der Grenze von 10 km");
  });

  test("survives the JSON it is stored in, and an unknown key (an older build's) falls back to what it says", () => {
    const stored = JSON.parse(
      JSON.stringify(sentence("slotOutsideTime", { from: "08:00", to: "12:00" }).sentence),
    );
    expect(sentenceSchema.parse(stored)).toEqual(stored);
    expect(inEnglish(stored)).toBe("That is outside the client's preferred time (08:00–12:00).");
    expect(inEnglish({ key: "aSentenceSinceRemoved", values: {} })).toBe("aSentenceSinceRemoved");
  });

  test("quotes another sentence, and each language says both", () => {
    const failed = sentence("statusConfirmationNotBookedBecause", { failure: sentence("failureNoAnswer") });
    expect(failed.text).toBe(
      "The confirmation call did not book the appointment: Nobody answered the phone. Choose again or try another provider.",
    );
    expect(failed.sentence.values.failure).toEqual({ key: "failureNoAnswer", values: {} });
    expect(sentenceSchema.parse(JSON.parse(JSON.stringify(failed.sentence)))).toEqual(failed.sentence);
    expect(inLanguage("es", failed.sentence)).toBe(
      "La llamada de confirmación no reservó la cita: Nadie contestó el teléfono. Elija de nuevo o pruebe con otro proveedor.",
    );
    expect(inLanguage("de", failed.sentence)).toMatch(/: Niemand hat abgenommen\. /);
  });

  test("a stored sentence quotes one level deep, no more", () => {
    const quoted = { key: "failureNoAnswer", values: {} };
    const once = { key: "statusConfirmationNotBookedBecause", values: { failure: quoted } };
    expect(sentenceSchema.safeParse(once).success).toBe(true);
    const twice = { key: "statusConfirmationNotBookedBecause", values: { failure: once } };
    expect(sentenceSchema.safeParse(twice).success).toBe(false);
  });
});
