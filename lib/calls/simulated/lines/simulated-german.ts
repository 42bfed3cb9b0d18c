// The simulated call's lines in German (see simulated-lines.ts).
import type { SimulatedLines } from "./simulated-lines-shape";

const callback = "Unter welcher Nummer erreichen wir die Person am besten?";

export const simulatedGerman: SimulatedLines = {
  voicemailGreeting: (business) =>
    `Guten Tag, Sie sind verbunden mit ${business}. Wir sind gerade nicht erreichbar — bitte hinterlassen Sie eine Nachricht nach dem Signalton.`,
  answer: (business, partOfDay) =>
    `${business}, ${partOfDay === "morning" ? "guten Morgen" : partOfDay === "afternoon" ? "guten Tag" : "guten Abend"}, was kann ich für Sie tun?`,
  phoneMenu: {
    welcome: (business) => `Willkommen bei ${business}.`,
    option: (what, key) => `Für ${what} drücken Sie die ${key}.`,
    appointments: "Terminvereinbarungen",
    others: ["Rechnungen", "Öffnungszeiten und Anfahrt", "Rezepte und Befunde"],
  },
  askToHold: "Können Sie bitte einen Moment warten?",
  backFromHold: "Danke fürs Warten. Mal sehen, was wir haben.",
  beforeILook: (question) => `Gern. Bevor ich nachschaue — ${question}`,
  questionAnswered: "Perfekt, danke.",
  questionLater: "Kein Problem, das können wir später klären.",
  needsInsurance: (when, question) =>
    `Wir hätten ${when} etwas frei, brauchen aber vor der Buchung die Versicherungsdaten. ${question}`,
  insuranceReceived: "Danke, mehr brauche ich nicht.",
  firstOffer: (when) => `Ich schaue mal... der früheste Termin wäre ${when}. Würde das passen?`,
  nextOffer: (when) => `Wie wäre es mit ${when}?`,
  booked: (name, when) => `Erledigt — ${name} ist für ${when} eingetragen. Bis dann!`,
  pencilledIn: "Gern, ich trage es vorläufig ein.",
  nothingElse: "Tut mir leid, wir haben sonst nichts Passendes.",
  optOutRequest:
    "Wir nehmen keine automatisierten Anrufe an. Bitte streichen Sie diese Nummer von Ihrer Liste und rufen Sie uns nicht wieder an.",
  noPhoneBooking: "Tut mir leid, wir nehmen keine Buchungen am Telefon an — alles läuft über unsere Website.",
  stillFree: (when) => `Ich schaue nach... ja, ${when} ist noch frei.`,
  confirmedBooked: (name, when) => `Alles klar — ${name} ist für ${when} eingetragen.`,
  released: "Kein Problem, ich habe den Termin freigegeben. Danke für die Nachricht!",
  insistOnPerson: (name, aboutAnAppointment) =>
    `Tut mir leid, ${name} müsste sich direkt bei mir melden, bevor ich ${
      aboutAnAppointment ? "den Termin ändern" : "etwas buchen"
    } kann.`,
  willWaitForCall: "In Ordnung, wir warten auf den Anruf. Auf Wiederhören.",
  cancelled: (name, when) => `Ich suche ihn... ja, ${name}, ${when}. Der Termin ist jetzt abgesagt.`,
  couldMoveTo: (when) => `Ich schaue mal... ich könnte ihn auf ${when} verlegen. Würde das passen?`,
  moved: (name, when) => `Erledigt — ${name} ist jetzt stattdessen für ${when} eingetragen.`,
  nothingThen: (others) =>
    others.length > 0
      ? `Tut mir leid, da haben wir nichts frei. Das Nächste wäre ${others.join(" oder ")}.`
      : "Tut mir leid, da haben wir nichts frei, und bald danach auch nicht.",
  questions: {
    dentist: "Bei welcher Krankenkasse ist die Person versichert?",
    doctor: "Darf ich das Geburtsdatum des Patienten aufnehmen?",
    massage: "Darf ich das Geburtsdatum für die Kartei aufnehmen?",
    veterinarian: "Und wie heißt das Tier?",
    hair_salon: callback,
    barber: callback,
    auto_mechanic: "Unter welcher Nummer erreichen wir die Person am besten, falls am Auto mehr zu tun ist?",
    plumber: callback,
    electrician: callback,
    restaurant: "Unter welcher Nummer erreichen wir Sie für die Reservierung am besten?",
  },
  insuranceQuestion: "Bei welcher Krankenkasse ist die Person versichert?",
  ofCourse: "Selbstverständlich.",
  understoodNoPhone: "Verstanden, ich gebe das weiter. Vielen Dank für Ihre Zeit.",
  passOnInsurance: (name) =>
    `Danke — ich gebe das weiter, und ${name} ruft mit den Versicherungsdaten zurück.`,
  doesNotFit: (name, availability) => `Leider hat ${name} da keine Zeit. Hätten Sie etwas ${availability}?`,
  pleaseBook: (name) => `Das passt. Bitte buchen Sie den Termin — ${name} kommt gern.`,
  askHold: (when, name, until) =>
    `Das könnte passen. Könnten Sie ${when} bis ${until ?? "später am Tag"} freihalten? ${name} bestätigt bis dahin.`,
  thanksForChecking: "Kein Problem — danke fürs Nachschauen.",
  confirmPleaseBook: (name) => `Wunderbar — bitte buchen Sie ihn; ${name} kommt gern.`,
  checkWithClientFirst: "Ich muss das doch erst mit meinem Kunden klären — er ruft zurück. Danke.",
  bookedElsewhere: (name) =>
    `Entschuldigung, ${name} hat gerade woanders gebucht — tut mir leid für die Mühe, und danke für Ihre Zeit.`,
  knownDetail: (label, value) => `Natürlich — ${label}: ${value}.`,
  oneMoment: (name) => `Einen Moment bitte — ich kläre das kurz; ${name} sagt es mir gleich.`,
  personSays: (name, answer) => `Danke fürs Warten. ${name} sagt: ${answer}`,
  cannotReach: (name) => `Tut mir leid, ${name} ist gerade nicht erreichbar und ruft Sie dazu zurück.`,
  cancelledThanks: (when) =>
    `Danke — der Termin am ${when} ist also abgesagt. Das war alles, auf Wiederhören!`,
  pleaseMove: (from, to) => `Das passt. Bitte verlegen Sie den Termin von ${from} auf ${to}.`,
  moveFailed: (name) => `Tut mir leid, das passt doch nicht — ${name} meldet sich bei Ihnen.`,
  keepAppointment: (slot, name) =>
    `Danke — dann lassen Sie den Termin am ${slot} bitte vorerst, wie er ist; ${name} meldet sich bei Ihnen.`,
};
