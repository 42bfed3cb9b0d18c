import { describe, expect, it } from "vitest";
import { canonicalise, detectLanguage, supportedServicesSentence } from "./index";

describe("detecting the person's language", () => {
  it.each([
    ["I need a dentist in Boston next week", "en"],
    ["A table in La Jolla tomorrow", "en"],
    ["Dinner at Le Bernardin in New York on Friday", "en"],
    ["Necesito un dentista en Madrid la semana que viene", "es"],
    ["¿Hay hueco mañana?", "es"],
    ["Je voudrais un rendez-vous chez le coiffeur", "fr"],
    ["Une table pour deux à Paris", "fr"],
    ["Ich brauche einen Termin beim Zahnarzt", "de"],
    ["Tisch für 4 in München", "de"],
  ] as const)("%s → %s", (text, language) => {
    expect(detectLanguage(text, "en")).toBe(language);
  });

  it("keeps the task's language for a message that does not show one", () => {
    expect(detectLanguage("Savannah", "es")).toBe("es");
    expect(detectLanguage("4", "fr")).toBe("fr");
    expect(detectLanguage("Berlin", "de")).toBe("de");
    expect(detectLanguage("ok", "de")).toBe("de");
  });
});

describe("rewriting phrasings to the canonical words", () => {
  it.each([
    ["es", "somos cuatro, mañana por la tarde", "4 people, tomorrow in the afternoon"],
    ["es", "a nombre de María, cerca de Sevilla", "my name is María, near Sevilla"],
    ["fr", "pour deux personnes vers 10h", "for 2 people around 10:00"],
    ["fr", "au nom de Dupont à Montréal", "my name is Dupont in Montréal"],
    ["de", "für 3 Personen nach 17 Uhr", "for 3 people after 17:00"],
    ["de", "auf den Namen Müller, nächste Woche", "my name is Müller, next week"],
    ["en", "a table for 2 tomorrow night", "a table for 2 tomorrow night"],
  ] as const)("%s: %s", (language, text, canonical) => {
    expect(canonicalise(text, language)).toBe(canonical);
  });
});

it("names the services CallPilot books in each language", () => {
  expect(supportedServicesSentence("de")).toMatch(/^Zahnärzte, Ärzte, Friseursalons, .* und Restaurants$/);
  expect(supportedServicesSentence("en")).toMatch(/^dentists, doctors, hair salons, .* and restaurants$/);
});
