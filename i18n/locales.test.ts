import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./locales";

describe("the language a request gets", () => {
  it("is the locale cookie when it names one of ours, whatever the browser asks for", () => {
    expect(negotiateLocale({ cookie: "de", acceptLanguage: "es-ES,es;q=0.9" })).toBe("de");
    expect(negotiateLocale({ cookie: "en", acceptLanguage: "fr-FR" })).toBe("en");
  });

  it("ignores a cookie naming a language we do not speak, and falls back to Accept-Language", () => {
    expect(negotiateLocale({ cookie: "it", acceptLanguage: "fr-CA,fr;q=0.9" })).toBe("fr");
    expect(negotiateLocale({ cookie: "", acceptLanguage: "de-AT" })).toBe("de");
  });

  it("is the browser's most wanted language we speak, by quality and then by order", () => {
    expect(negotiateLocale({ acceptLanguage: "es-ES,es;q=0.9,en;q=0.8" })).toBe("es");
    expect(negotiateLocale({ acceptLanguage: "it-IT,it;q=0.9,de;q=0.7,fr;q=0.8" })).toBe("fr");
    expect(negotiateLocale({ acceptLanguage: "en;q=0.5,de" })).toBe("de");
    expect(negotiateLocale({ acceptLanguage: "ES-mx" })).toBe("es");
  });

  it("skips languages the browser refuses (q=0)", () => {
    expect(negotiateLocale({ acceptLanguage: "es;q=0,fr;q=0.1" })).toBe("fr");
  });

  it("is English when neither names a language we speak", () => {
    expect(negotiateLocale({})).toBe("en");
    expect(negotiateLocale({ cookie: null, acceptLanguage: "ja-JP,zh;q=0.8" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "*" })).toBe("en");
    expect(negotiateLocale({ acceptLanguage: "garbage;;;q=x" })).toBe("en");
  });
});
