// The words of a phone menu in each language CallPilot calls in: how it asks for a key ("press 2", "pulse 2",
// "appuyez sur 2", "drücken Sie die 2"), how it names a key aloud, how an option is introduced ("for", "para",
// "pour", "für"), and which options reach someone who can book (appointments first, then reception, then anyone).
// lib/calls/phone-menu.ts reads a menu with them. Written from real practice and health-line menus in each language.
import type { CallLanguage } from "@/lib/providers/provider-language";

export interface MenuWords {
  /** The verbs that ask for a key, as a regular expression's source (lowercase). */
  press: string;
  /** What may stand between the verb and the key ("the number", "la tecla", "bitte die Taste"). */
  beforeKey: string;
  /** Keys said as words. */
  digits: Record<string, string>;
  /** Introduces an option; its first group is the option ("for appointments", "para pedir cita"). */
  optionLead: RegExp;
  /** A polite word between an option and its key ("For appointments, please press 2"). */
  please: string;
  /** The options that reach someone who can book, best first: appointments, then reception, then anyone. */
  wanted: RegExp[];
  /** Articles and possessives trimmed from the front of the option's name. */
  articles: RegExp;
}

/** A whole-word pattern that also holds for accented letters ("für", "réception"), which \b does not. */
export function wholeWords(source: string, flags = ""): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\d])(?:${source})(?![\p{L}\d])`, `u${flags}`);
}

const english: MenuWords = {
  press: String.raw`press|dial|push|select|enter|choose`,
  beforeKey: String.raw`(?:the\s+)?(?:number\s+)?`,
  digits: {
    zero: "0",
    oh: "0",
    one: "1",
    two: "2",
    three: "3",
    four: "4",
    five: "5",
    six: "6",
    seven: "7",
    eight: "8",
    nine: "9",
    star: "*",
    pound: "#",
    hash: "#",
  },
  optionLead: /^\s*(?:and\s+|or\s+)?(?:for|to|if you (?:would like|want|wish) to|if you'd like to)\b(.*)$/u,
  please: "please",
  wanted: [
    wholeWords(
      String.raw`appointments?|bookings?|book(?:ing)? an? (?:appointment|visit|table|service)|schedul(?:e|ing)|reservations?|new patients?`,
    ),
    wholeWords(String.raw`reception(?:ist)?|front desk|front office|the desk`),
    wholeWords(
      String.raw`operator|all other (?:enquiries|inquiries|questions)|anything else|a member of (?:our )?(?:staff|team)|someone|speak (?:to|with) (?:a|our) (?:person|staff|team)`,
    ),
  ],
  articles: /^(?:the|our)\s+/u,
};

const spanish: MenuWords = {
  press: String.raw`pulse|pulsa|marque|marca|presione|presiona|oprima|oprime|digite|teclee`,
  beforeKey: String.raw`(?:la\s+tecla\s+|el\s+número\s+|el\s+numero\s+|el\s+)?`,
  digits: {
    cero: "0",
    uno: "1",
    dos: "2",
    tres: "3",
    cuatro: "4",
    cinco: "5",
    seis: "6",
    siete: "7",
    ocho: "8",
    nueve: "9",
    asterisco: "*",
    almohadilla: "#",
    numeral: "#",
  },
  optionLead: /^\s*(?:y\s+|o\s+)?(?:para|si (?:desea|quiere|necesita))(?![\p{L}\d])(.*)$/u,
  please: "por favor",
  wanted: [
    wholeWords(
      String.raw`citas?|cita previa|pedir (?:una )?cita|reservas?|reservar|programar|nuevos pacientes|pacientes nuevos`,
    ),
    wholeWords(String.raw`recepción|recepcion|mostrador|administración|administracion`),
    wholeWords(
      String.raw`operador(?:a)?|centralita|(?:hablar|comunicarse) con (?:una persona|un agente|nuestro personal|alguien)|otras consultas|cualquier otra consulta`,
    ),
  ],
  articles: /^(?:el|la|los|las|nuestro|nuestra)\s+/u,
};

const french: MenuWords = {
  press: String.raw`appuyez sur|appuyer sur|tapez|taper|composez|faites|pressez`,
  beforeKey: String.raw`(?:la\s+touche\s+|le\s+)?`,
  digits: {
    zéro: "0",
    zero: "0",
    un: "1",
    une: "1",
    deux: "2",
    trois: "3",
    quatre: "4",
    cinq: "5",
    six: "6",
    sept: "7",
    huit: "8",
    neuf: "9",
    étoile: "*",
    etoile: "*",
    dièse: "#",
    diese: "#",
  },
  optionLead: /^\s*(?:et\s+|ou\s+)?(?:pour|si vous (?:souhaitez|voulez|désirez))(?![\p{L}\d])(.*)$/u,
  please: "s'il vous plaît",
  wanted: [
    wholeWords(
      String.raw`rendez-vous|prendre (?:un )?rendez-vous|prise de rendez-vous|réservations?|réserver|nouveaux patients`,
    ),
    wholeWords(String.raw`accueil|réception|reception|secrétariat|secretariat`),
    wholeWords(
      String.raw`standard|opérat(?:eur|rice)|operat(?:eur|rice)|parler (?:à|a|avec) (?:un conseiller|une conseillère|une personne|quelqu'un|notre équipe)|toute autre (?:demande|question)|autres demandes`,
    ),
  ],
  articles: /^(?:le|la|les|l'|notre|nos)\s*/u,
};

const german: MenuWords = {
  press: String.raw`drücken sie|drücke|wählen sie|wähle|tippen sie|betätigen sie`,
  beforeKey: String.raw`(?:bitte\s+)?(?:die\s+)?(?:taste\s+)?`,
  digits: {
    null: "0",
    eins: "1",
    zwei: "2",
    drei: "3",
    vier: "4",
    fünf: "5",
    sechs: "6",
    sieben: "7",
    acht: "8",
    neun: "9",
    stern: "*",
    raute: "#",
  },
  optionLead: /^\s*(?:und\s+|oder\s+)?(?:für|zur|zum|wenn sie)(?![\p{L}\d])(.*)$/u,
  please: "bitte",
  wanted: [
    wholeWords(
      String.raw`termin\p{L}*|terminvereinbarung(?:en)?|reservierung(?:en)?|buchung(?:en)?|neupatient(?:en)?|neue patienten`,
    ),
    wholeWords(String.raw`anmeldung|empfang|rezeption`),
    wholeWords(
      String.raw`zentrale|vermittlung|(?:mit )?(?:einem mitarbeiter|einer mitarbeiterin|jemandem|unserem team) sprechen|alle(?:n)? anderen anliegen|sonstige(?:n)? anliegen|allgemeine(?:n)? fragen`,
    ),
  ],
  articles: /^(?:die|den|der|das|unsere?n?)\s+/u,
};

export const menuWords: Record<CallLanguage, MenuWords> = {
  en: english,
  es: spanish,
  fr: french,
  de: german,
};
