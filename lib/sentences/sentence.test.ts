import { createTranslator } from "next-intl";
import { describe, expect, test } from "vitest";
import spanish from "@/messages/es.json";
import german from "@/messages/de.json";
import { sentenceSchema } from "./sentence-schema";
import { inEnglish, sentence, sentenceTime } from "./sentence";
import { wordValues } from "./word-values";

const tuesdayNineInMadrid = sentenceTime(new Date("2026-12-08T08:00:00Z"), "Europe/Madrid");

/** What a page in `messages`' language shows for a sentence, its times worded as the booking page words them. */
function inLanguage(locale: "es" | "de", written: ReturnType<typeof sentence>["sentence"]) {
  const messages = locale === "es" ? spanish : german;
  const t = createTranslator({ locale, messages, namespace: "serverSentences" });
  const values = wordValues(written.values, locale, (time) =>
    new Intl.DateTimeFormat(locale, {
      timeZone: time.zone,
      weekday: "long",
      hour: "2-digit",
      minute: "2-digit",
    }).format(new Date(time.instant)),
  );
  return t(written.key as Parameters<typeof t>[0], values);
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
});
