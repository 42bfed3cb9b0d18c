import { describe, expect, it } from "vitest";
import type { CallLanguage } from "@/lib/providers/provider-language";
import { readReplyOffline } from "./offline-reading";
import type { ReplyContext } from "./reply-reading";

// Wednesday 25 November 2026, 10:00 in Paris (and Berlin, Madrid); the client is free Mon 30 Nov – Fri 4 Dec.
const context = (language: CallLanguage, speech: string, digits = ""): ReplyContext => ({
  speech,
  digits,
  step: "greeting",
  lastPrompt: "",
  now: new Date("2026-11-25T09:00:00Z"),
  timeZone: "Europe/Paris",
  window: { start: "2026-11-29T23:00:00.000Z", end: "2026-12-04T23:00:00.000Z" },
  availability: "",
  language,
});

describe("reading a French, German or Spanish reply without a model", () => {
  it.each([
    ["fr", "mardi à 10h", "2026-12-01", "10:00"],
    ["fr", "Nous aurions jeudi à dix heures et demie", "2026-12-03", "10:30"],
    ["fr", "le 2 décembre à 9h15, ça vous irait ?", "2026-12-02", "09:15"],
    ["fr", "Mercredi à quatorze heures", "2026-12-02", "14:00"],
    ["de", "Dienstag um 10 Uhr", "2026-12-01", "10:00"],
    ["de", "Wir hätten Donnerstag um halb elf", "2026-12-03", "10:30"],
    ["de", "am 2. Dezember um neun Uhr", "2026-12-02", "09:00"],
    ["es", "el jueves a las diez", "2026-12-03", "10:00"],
    ["es", "Tenemos el martes a las nueve y media", "2026-12-01", "09:30"],
    ["es", "el 2 de diciembre a las 11:00", "2026-12-02", "11:00"],
  ] as const)("[%s] %s is an offer of %s at %s", (language, speech, date, time) => {
    expect(readReplyOffline(context(language, speech))).toEqual({ intent: "offer", date, time });
  });

  it.each([
    ["fr", "Oui, bien sûr", "yes"],
    ["fr", "Non, désolée, c'est déjà pris", "no"],
    ["fr", "Non, pas de problème", "yes"],
    ["fr", "Un instant, je regarde", "wait"],
    ["fr", "Nous sommes complets, il n'y a aucune disponibilité", "decline"],
    ["fr", "Quelle est sa date de naissance ?", "question"],
    ["fr", "Merci de ne plus nous appeler", "opt_out"],
    ["fr", "Je dois parler directement avec le patient", "wants_person"],
    ["fr", "Vous êtes bien sur le répondeur, laissez un message après le bip", "voicemail"],
    ["de", "Ja, gerne", "yes"],
    ["de", "Nein, das geht leider nicht", "no"],
    ["de", "Einen Moment bitte", "wait"],
    ["de", "Wir sind leider ausgebucht", "decline"],
    ["de", "Bitte rufen Sie uns nicht mehr an", "opt_out"],
    ["es", "Sí, claro", "yes"],
    ["es", "No, lo siento, ya está ocupado", "no"],
    ["es", "Un momento, por favor", "wait"],
    ["es", "Estamos completos", "decline"],
    ["es", "¿Con qué seguro está?", "question"],
    ["es", "No nos vuelva a llamar", "opt_out"],
  ] as const)("[%s] %s is %s", (language, speech, intent) => {
    expect(readReplyOffline(context(language, speech)).intent).toBe(intent);
  });
});
