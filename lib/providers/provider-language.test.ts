import { describe, expect, test } from "vitest";
import { languageForPlace, needsTranslationInto, providerLanguage, speechLocale } from "./provider-language";

describe("the language a business is called in", () => {
  test("follows the country: France and Belgium French, Germany and Austria German, Spain and Mexico Spanish", () => {
    expect(languageForPlace({ country: "FR" })).toBe("fr");
    expect(languageForPlace({ country: "be" })).toBe("fr");
    expect(languageForPlace({ country: "DE" })).toBe("de");
    expect(languageForPlace({ country: "AT" })).toBe("de");
    expect(languageForPlace({ country: "ES" })).toBe("es");
    expect(languageForPlace({ country: "MX" })).toBe("es");
    expect(languageForPlace({ country: "AR" })).toBe("es");
    expect(languageForPlace({ country: "US" })).toBe("en");
    expect(languageForPlace({ country: "JP" })).toBe("en");
  });

  test("in Canada and Switzerland the province or city decides: Montréal French, Toronto English, Geneva French", () => {
    expect(languageForPlace({ country: "CA", city: "Montréal" })).toBe("fr");
    expect(languageForPlace({ country: "CA", city: "Quebec City" })).toBe("fr");
    expect(languageForPlace({ country: "CA", city: "Laval", region: "QC" })).toBe("fr");
    expect(languageForPlace({ country: "CA", city: "Chicoutimi", region: "CA-QC" })).toBe("fr");
    expect(languageForPlace({ country: "CA", city: "Toronto", region: "ON" })).toBe("en");
    expect(languageForPlace({ country: "CA", city: "Vancouver" })).toBe("en");
    expect(languageForPlace({ country: "CH", city: "Genève" })).toBe("fr");
    expect(languageForPlace({ country: "CH", city: "Zürich" })).toBe("de");
  });

  test("an admin's choice wins over the country; an unknown stored value falls back to it", () => {
    expect(providerLanguage({ language: "es", country: "US", city: "Miami" })).toBe("es");
    expect(providerLanguage({ language: null, country: "FR", city: "Lyon" })).toBe("fr");
    expect(providerLanguage({ language: "it", country: "DE", city: "Berlin" })).toBe("de");
  });

  test("the speech locale follows the country where the language has a local form", () => {
    expect(speechLocale("fr", "CA")).toBe("fr-CA");
    expect(speechLocale("fr", "FR")).toBe("fr-FR");
    expect(speechLocale("es", "MX")).toBe("es-MX");
    expect(speechLocale("es", "ES")).toBe("es-ES");
    expect(speechLocale("de", "DE")).toBe("de-DE");
    expect(speechLocale("en", "GB")).toBe("en-GB");
    expect(speechLocale("en", "CA")).toBe("en-CA");
    expect(speechLocale("en", "JP")).toBe("en-US");
  });
});

describe("needsTranslationInto", () => {
  test("a line spoken in another language does; one in the reader's, an empty one, or a written note does not", () => {
    expect(needsTranslationInto({ text: "Oui, mardi à 10 h.", language: "fr" }, "es")).toBe(true);
    expect(needsTranslationInto({ text: "Sí, el martes.", language: "es" }, "es")).toBe(false);
    expect(needsTranslationInto({ text: "  ", language: "fr" }, "es")).toBe(false);
    // CallPilot's own note: every page says its sentence in its own language, so the LLM is never asked.
    const note = {
      text: "Phone menu: pressed 2 for appointments.",
      sentence: { key: "noteMenuKeyPressed", values: {} },
    };
    expect(needsTranslationInto(note, "es")).toBe(false);
    expect(needsTranslationInto({ text: note.text }, "es")).toBe(true);
  });
});
