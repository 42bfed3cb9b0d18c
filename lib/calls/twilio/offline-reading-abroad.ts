// What the offline reader listens for in a French, German or Spanish reply (issue 17): the same phrase families as
// in English (yes, no, hold on, fully booked, a question, "don't call us again", "I need to speak to the patient"),
// spoken clock times turned into digits ("dix heures et demie" → "10h30", "halb elf" → "10:30", "las diez y media"
// → "las 10:30"), and chrono-node's parser for that language.
import * as chrono from "chrono-node";
import type { CallLanguage } from "@/lib/providers/provider-language";

/** A phrase family: a regular expression, or a function where one does not suffice (English opt-outs). */
interface Matcher {
  test(text: string): boolean;
}

export interface ReplyPhrases {
  voicemail: Matcher;
  optOut: Matcher;
  wantsPerson: Matcher;
  wait: Matcher;
  decline: Matcher;
  yes: Matcher;
  no: Matcher;
  /** Agreement that starts like a refusal ("no problem"). */
  notNegative: Matcher;
  /** Asking when: the script answers these itself, by asking for a time. */
  timeQuestions: Matcher;
  otherQuestions: Matcher;
  questionStart: Matcher;
  /** Words without which a reply names no date or time (most replies skip the parser, the costly part). */
  mayNameTime: Matcher;
  fullWeekday: Matcher;
  /** "the 12th": a day of the month said alone, which the intake's (English) date finder reads. */
  dayOfMonth: Matcher | null;
  /** Lower case, one spacing, spoken clock times as digits. */
  normalise(speech: string): string;
  parse(text: string, reference: chrono.ParsingReference): chrono.ParsedResult[];
}

/** Whole words or phrases, also next to accented letters (where \b would not see a word's edge). */
const words = (...phrases: string[]) =>
  new RegExp(`(?<![\\p{L}\\d])(?:${phrases.join("|")})(?![\\p{L}\\d])`, "u");
const startsWith = (...phrases: string[]) => new RegExp(`^(?:${phrases.join("|")})(?![\\p{L}\\d])`, "u");

/** Replaces spoken numbers 1–20 (a language's words) with digits where a pattern captures them. */
function numberReader(numbers: string[]) {
  const word = `(\\d{1,2}|${[...numbers].sort((a, b) => b.length - a.length).join("|")})`;
  const value = (text: string) => (/^\d+$/.test(text) ? Number(text) : numbers.indexOf(text) + 1);
  return { word, value };
}

const lowerSpaced = (speech: string) => speech.toLowerCase().replace(/\s+/g, " ").trim();

const frenchNumbers = numberReader(
  "une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|dix-sept|dix-huit|dix-neuf|vingt".split(
    "|",
  ),
);
const germanNumbers = numberReader(
  "eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwanzig".split(
    "|",
  ),
);
const spanishNumbers = numberReader(
  "una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|diecisiete|dieciocho|diecinueve|veinte".split(
    "|",
  ),
);

const french: ReplyPhrases = {
  voicemail: words(
    "laissez (?:un|votre) message",
    "laisser un message",
    "après le (?:bip|signal sonore)",
    "messagerie",
    "répondeur",
    "ne (?:pouvons|pouvez) pas (?:vous )?répondre",
  ),
  optOut: words(
    "ne (?:nous )?rappelez (?:plus|pas)",
    "ne plus (?:nous )?appeler",
    "ne nous appelez plus",
    "retirez (?:notre|ce) numéro",
    "appels? (?:automatiques|automatisés)",
    "robots?",
  ),
  wantsPerson: words(
    "parler (?:directement |personnellement )?(?:avec|à) (?:la personne|le patient|la patiente|le client|la cliente|lui|elle|le propriétaire)",
  ),
  wait: words(
    "un instant",
    "un moment",
    "ne quittez pas",
    "patientez",
    "je regarde",
    "je vérifie",
    "une seconde",
    "deux secondes",
  ),
  decline: words(
    "complet",
    "plus de place",
    "aucune disponibilité",
    "rien de (?:libre|disponible)",
    "pas de (?:rendez-vous|place) (?:disponible|libre)s?",
    "uniquement (?:en ligne|sur internet)",
    "sur (?:notre|le) site",
    "ne prenons (?:pas|plus) de (?:nouveaux patients|rendez-vous|réservations)",
    "c'est fermé",
    "nous sommes fermés",
  ),
  yes: words(
    "oui",
    "d'accord",
    "bien sûr",
    "parfait",
    "entendu",
    "très bien",
    "c'est noté",
    "ça marche",
    "aucun problème",
    "pas de problème",
    "volontiers",
    "c'est bon",
    "c'est fait",
    "réservé",
    "certainement",
    "absolument",
    "ok",
    "okay",
  ),
  no: new RegExp(
    `${startsWith("non").source}|${words("pas possible", "impossible", "déjà pris", "pas disponible", "ça ne va pas", "malheureusement pas", "désolée?,? non").source}`,
    "u",
  ),
  notNegative: startsWith("non,? (?:pas de problème|aucun problème|pas de souci)"),
  timeQuestions: words(
    "quel (?:jour|horaire|créneau)",
    "quelle (?:heure|date)",
    "quand (?:est-ce|voudrait|souhaite|serait)",
  ),
  otherQuestions: words(
    "date de naissance",
    "mutuelle",
    "assurance",
    "adresse",
    "numéro de téléphone",
    "e-?mail",
    "carte vitale",
  ),
  questionStart: startsWith(
    "est-ce",
    "quel",
    "quelle",
    "qui",
    "quand",
    "où",
    "pourquoi",
    "comment",
    "avez-vous",
    "pouvez-vous",
  ),
  mayNameTime: new RegExp(
    `\\d|${words("midi", "minuit", "matin", "après-midi", "soir", "aujourd'hui", "demain", "semaine", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "heures?").source}`,
    "u",
  ),
  fullWeekday: words("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
  dayOfMonth: null,
  normalise: (speech) => {
    const { word, value } = frenchNumbers;
    return lowerSpaced(speech)
      .replace(/(?<![\p{L}])midi et demie?(?![\p{L}])/gu, "12h30")
      .replace(/(?<![\p{L}])midi(?![\p{L}])/gu, "12h")
      .replace(new RegExp(`(?<![\\p{L}])${word} heures? et demie`, "gu"), (_, h) => `${value(h)}h30`)
      .replace(new RegExp(`(?<![\\p{L}])${word} heures? et quart`, "gu"), (_, h) => `${value(h)}h15`)
      .replace(new RegExp(`(?<![\\p{L}])${word} heures? (\\d{2})`, "gu"), (_, h, m) => `${value(h)}h${m}`)
      .replace(new RegExp(`(?<![\\p{L}])${word} heures?(?![\\p{L}])`, "gu"), (_, h) => `${value(h)}h`);
  },
  parse: (text, reference) => chrono.fr.casual.parse(text, reference, { forwardDate: true }),
};

const german: ReplyPhrases = {
  voicemail: words(
    "nachricht nach dem (?:signalton|piepton|ton)",
    "hinterlassen sie",
    "anrufbeantworter",
    "mailbox",
    "sind (?:gerade|zurzeit) nicht erreichbar",
  ),
  optOut: words(
    "rufen sie (?:uns )?nicht (?:mehr|wieder) an",
    "nicht (?:mehr|wieder) anrufen",
    "streichen sie (?:unsere|diese) nummer",
    "keine (?:automatisierten|automatischen) anrufe",
    "keine roboter",
  ),
  wantsPerson: words(
    "(?:mit )?(?:dem|der) (?:patienten|patientin|kunden|kundin|person|besitzer|besitzerin) (?:selbst |direkt |persönlich )?sprechen",
    "direkt mit (?:ihm|ihr|der person|dem kunden|der kundin|dem patienten|der patientin) sprechen",
  ),
  wait: words(
    "einen (?:moment|augenblick)",
    "moment bitte",
    "bleiben sie dran",
    "ich schaue (?:mal )?nach",
    "ich sehe nach",
    "kurz warten",
    "eine sekunde",
  ),
  decline: words(
    "ausgebucht",
    "keine termine",
    "nichts (?:mehr )?frei",
    "keine freien",
    "nur online",
    "über (?:unsere|die) (?:website|webseite|homepage)",
    "keine neuen patienten",
    "nehmen keine",
    "geschlossen",
  ),
  yes: words(
    "ja",
    "jawohl",
    "genau",
    "gerne?",
    "sicher",
    "natürlich",
    "selbstverständlich",
    "klar",
    "in ordnung",
    "okay",
    "ok",
    "passt",
    "perfekt",
    "gut",
    "geht",
    "machen wir",
    "erledigt",
    "gebucht",
    "eingetragen",
    "kein problem",
  ),
  no: new RegExp(
    `${startsWith("nein").source}|${words("geht nicht", "nicht möglich", "leider nicht", "schon vergeben", "bereits vergeben", "nicht frei", "passt nicht").source}`,
    "u",
  ),
  notNegative: startsWith("nein,? kein problem"),
  timeQuestions: words(
    "welche[rn]? (?:tag|datum|uhrzeit|zeit)",
    "wann (?:passt|würde|möchte|hätte|wäre|kann)",
  ),
  otherQuestions: words(
    "geburtsdatum",
    "versicherung",
    "krankenkasse",
    "adresse",
    "telefonnummer",
    "e-?mail",
  ),
  questionStart: startsWith(
    "was",
    "welche[rns]?",
    "wer",
    "wann",
    "wo",
    "warum",
    "wie",
    "haben sie",
    "können sie",
    "ist",
    "sind",
    "hat",
  ),
  mayNameTime: new RegExp(
    `\\d|${words("mittag", "mitternacht", "vormittags?", "nachmittags?", "abends?", "heute", "morgen", "übermorgen", "woche", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember", "uhr", "halb", "viertel").source}`,
    "u",
  ),
  fullWeekday: words("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
  dayOfMonth: null,
  normalise: (speech) => {
    const { word, value } = germanNumbers;
    const before = (h: string) => ((value(h) + 22) % 24) + 1;
    return lowerSpaced(speech)
      .replace(new RegExp(`(?<![\\p{L}])halb ${word}(?![\\p{L}])`, "gu"), (_, h) => `${before(h)}:30 uhr`)
      .replace(
        new RegExp(`(?<![\\p{L}])viertel nach ${word}(?![\\p{L}])`, "gu"),
        (_, h) => `${value(h)}:15 uhr`,
      )
      .replace(
        new RegExp(`(?<![\\p{L}])viertel vor ${word}(?![\\p{L}])`, "gu"),
        (_, h) => `${before(h)}:45 uhr`,
      )
      .replace(
        new RegExp(`(?<![\\p{L}])${word} uhr (\\d{1,2})(?![\\d])`, "gu"),
        (_, h, m) => `${value(h)}:${m.padStart(2, "0")} uhr`,
      )
      .replace(new RegExp(`(?<![\\p{L}])${word} uhr`, "gu"), (_, h) => `${value(h)} uhr`)
      .replace(new RegExp(`(?<![\\p{L}])um ${word}(?![\\p{L}])`, "gu"), (_, h) => `um ${value(h)}`);
  },
  parse: (text, reference) => chrono.de.casual.parse(text, reference, { forwardDate: true }),
};

const spanish: ReplyPhrases = {
  voicemail: words(
    "deje (?:su|un) mensaje",
    "después de la señal",
    "buzón de voz",
    "contestador",
    "no podemos atender",
  ),
  optOut: words(
    "no (?:nos )?vuelvan? a llamar",
    "no nos llamen? más",
    "(?:quite|quiten|borre|borren) (?:este|nuestro) número",
    "llamadas automáticas",
    "robots?",
  ),
  wantsPerson: words(
    "hablar (?:directamente |personalmente )?con (?:el paciente|la paciente|el cliente|la clienta|la persona|él|ella|el dueño|la dueña)",
  ),
  wait: words(
    "un momento",
    "un segundo",
    "espere",
    "no cuelgue",
    "déjeme (?:mirar|ver|comprobar)",
    "voy a mirar",
  ),
  decline: words(
    "completos?",
    "no (?:nos )?quedan? (?:nada|huecos?|citas)",
    "no hay (?:citas|huecos|disponibilidad)",
    "solo (?:por|en) (?:internet|la web)",
    "en (?:nuestra|la) (?:web|página)",
    "no aceptamos (?:nuevos pacientes|reservas)",
    "está cerrado",
    "estamos cerrados",
  ),
  yes: words(
    "sí",
    "si",
    "claro",
    "vale",
    "de acuerdo",
    "perfecto",
    "por supuesto",
    "muy bien",
    "hecho",
    "reservado",
    "apuntado",
    "sin problema",
    "ningún problema",
    "está bien",
    "ok",
    "okey",
  ),
  no: new RegExp(
    `${startsWith("no").source}|${words("no es posible", "imposible", "ya está (?:cogido|ocupado|reservado)", "no está disponible", "no puede ser", "no nos va bien", "lo siento,? no").source}`,
    "u",
  ),
  notNegative: startsWith("no (?:hay )?(?:ningún )?problema"),
  timeQuestions: words("qué (?:día|hora|fecha)", "cuándo (?:le|les|quiere|prefiere|puede|podría|vendría)"),
  otherQuestions: words(
    "fecha de nacimiento",
    "seguro",
    "aseguradora",
    "dirección",
    "número de teléfono",
    "correo",
  ),
  questionStart: startsWith(
    "¿",
    "qué",
    "cuál",
    "quién",
    "cuándo",
    "dónde",
    "por qué",
    "cómo",
    "tiene",
    "puede",
  ),
  mayNameTime: new RegExp(
    `\\d|${words("mediodía", "medianoche", "mañana", "tarde", "noche", "hoy", "semana", "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", "las?").source}`,
    "u",
  ),
  fullWeekday: words(
    "lunes",
    "martes",
    "miércoles",
    "miercoles",
    "jueves",
    "viernes",
    "sábado",
    "sabado",
    "domingo",
  ),
  dayOfMonth: null,
  normalise: (speech) => {
    const { word, value } = spanishNumbers;
    const before = (h: string) => ((value(h) + 22) % 24) + 1;
    return lowerSpaced(speech)
      .replace(/(?<![\p{L}])(?:al |a )?mediodía(?![\p{L}])/gu, " a las 12:00")
      .replace(
        new RegExp(`(?<![\\p{L}])las? ${word} y media(?![\\p{L}])`, "gu"),
        (_, h) => `las ${value(h)}:30`,
      )
      .replace(
        new RegExp(`(?<![\\p{L}])las? ${word} y cuarto(?![\\p{L}])`, "gu"),
        (_, h) => `las ${value(h)}:15`,
      )
      .replace(
        new RegExp(`(?<![\\p{L}])las? ${word} menos cuarto(?![\\p{L}])`, "gu"),
        (_, h) => `las ${before(h)}:45`,
      )
      .replace(new RegExp(`(?<![\\p{L}])las? ${word}(?![\\p{L}\\d:])`, "gu"), (_, h) => `las ${value(h)}`)
      .replace(/\s+/g, " ")
      .trim();
  },
  parse: (text, reference) => chrono.es.casual.parse(text, reference, { forwardDate: true }),
};

export const replyPhrasesAbroad: Record<Exclude<CallLanguage, "en">, ReplyPhrases> = {
  fr: french,
  de: german,
  es: spanish,
};
