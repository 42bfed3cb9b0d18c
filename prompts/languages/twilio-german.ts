// The scripted Twilio call in German (see prompts/twilio-script.ts for what each line is for).
import { optOutApologyIn, renderDisclosure } from "../disclosure";
import type { ScriptContext, TwilioScript } from "../twilio-script";

const yesOrNo = "Bitte sagen Sie ja, oder drücken Sie die 1. Sonst sagen Sie nein.";

const service = (context: ScriptContext) =>
  `${context.booking}${context.partySize ? ` für ${context.partySize} Personen` : ""}`;

const introduction = (context: ScriptContext) =>
  `Guten Tag — ${renderDisclosure(context.personName, context.recorded ?? false, "de")}`;

export const twilioGerman: TwilioScript = {
  greeting: (context) =>
    `${introduction(context)} Ich möchte gern ${service(context)} bei ${context.businessName} buchen. ${context.personName} hat Zeit ${context.availability}. Hätten Sie da etwas frei?`,
  confirmationGreeting: (context, slot) =>
    `${introduction(context)} Ich rufe ${context.businessName} an, um ${service(context)} am ${slot} zu bestätigen. Ist das noch frei? ${yesOrNo}`,
  cancellationGreeting: (context, slot) =>
    `${introduction(context)} ${context.personName} hat am ${slot} ${service(context)} bei ${context.businessName} und kann leider nicht kommen. Könnten Sie diesen Termin bitte absagen? ${yesOrNo}`,
  rescheduleGreeting: (context, slot) =>
    `${introduction(context)} ${context.personName} hat am ${slot} ${service(context)} bei ${context.businessName} und muss den Termin verschieben. ${context.personName} hat Zeit ${context.availability}. Hätten Sie da etwas frei?`,
  askForOpening: (context) =>
    `${context.personName} hätte ${context.availability} Zeit. Hätten Sie da etwas frei?`,
  askForTime: (context) =>
    `Sehr gut. An welchem Tag und um wie viel Uhr hätten Sie einen Termin frei? ${context.personName} hat Zeit ${context.availability}.`,
  askForTimeOnDay: (day) => `Um wie viel Uhr wäre das am ${day}?`,
  askForDayAtTime: (time) => `Und an welchem Tag wäre das, um ${time}?`,
  offerDoesNotFit: (context, slot, reason) =>
    `Das tut mir leid, ${slot} passt nicht. ${reason ? `${reason} ` : ""}Hätten Sie sonst etwas ${context.availability}?`,
  anotherTime: (context) => `Kein Problem. Gibt es eine andere Zeit ${context.availability}?`,
  confirmBooking: (context, slot) =>
    `${context.personName} hat ${slot} Zeit. Könnten Sie das bitte buchen? ${yesOrNo}`,
  confirmHold: (context, slot) =>
    `${context.personName} hätte ${slot} Zeit, vergleicht aber gerade einige Angebote. Könnten Sie den Termin kurz freihalten? ${context.personName} ruft bald zurück, um zu bestätigen. ${yesOrNo}`,
  confirmAgain: (slot) =>
    `Entschuldigung, das habe ich nicht verstanden. Können Sie ${slot} buchen? ${yesOrNo}`,
  booked: (context, slot) =>
    `Wunderbar, vielen Dank. Dann ist ${context.personName} für ${slot} eingetragen. Auf Wiederhören!`,
  moved: (context, slot) =>
    `Wunderbar, vielen Dank. Dann ist ${context.personName} jetzt für ${slot} eingetragen. Auf Wiederhören!`,
  cancelled: (context, slot) =>
    `Danke. Dann ist der Termin am ${slot} abgesagt; ${context.personName} weiß Bescheid. Auf Wiederhören!`,
  cancellationRefused: (context) =>
    `Ich verstehe. ${context.personName} meldet sich direkt bei Ihnen. Vielen Dank, auf Wiederhören.`,
  held: (context, slot, until) =>
    `Danke, dass Sie ${slot}${until ? ` bis ${until}` : ""} freihalten. ${context.personName} ruft${until ? " bis dahin" : ""} zurück, um zu bestätigen. Auf Wiederhören!`,
  bookedElsewhere: (context) =>
    `Es tut mir sehr leid, ${context.personName} hat gerade einen anderen Termin gebucht und braucht keinen mehr. Vielen Dank für Ihre Zeit, auf Wiederhören.`,
  notTheChosenSlot: (context, chosen) =>
    `Es tut mir leid, ${context.personName} kann nur ${chosen}. ${context.personName} ruft Sie zurück. Vielen Dank, auf Wiederhören.`,
  confirmationRefused: (context) =>
    `Ich verstehe. ${context.personName} meldet sich dann bei Ihnen. Vielen Dank, auf Wiederhören.`,
  nothingFits: (context) =>
    `Danke fürs Nachschauen. Zu keiner dieser Zeiten hat ${context.personName} Zeit; falls sich etwas ändert, ruft ${context.personName} zurück. Auf Wiederhören.`,
  declined: () => "Ich verstehe. Vielen Dank für Ihre Zeit, auf Wiederhören.",
  cannotAnswer: (context) =>
    `Es tut mir leid, ich bin ein KI-Assistent und kann das nicht beantworten. ${context.personName} ruft Sie direkt zurück. Vielen Dank, auf Wiederhören.`,
  giveUp: (context) =>
    `Es tut mir leid, ich verstehe Sie nicht gut. ${context.personName} ruft Sie zurück. Vielen Dank, auf Wiederhören.`,
  noLongerNeeded: (context) =>
    `${introduction(context)} ${context.personName} hat gerade einen Termin gefunden, es gibt also nichts mehr zu buchen. Entschuldigen Sie die Störung, auf Wiederhören.`,
  technicalProblem: (context) =>
    `Es tut mir leid, bei uns ist ein technisches Problem aufgetreten. ${context ? `${context.personName} ruft zurück.` : "Wir rufen zurück."} Auf Wiederhören.`,
  takeYourTime: () => "Natürlich, lassen Sie sich Zeit.",
  notHeard: (question) => `Entschuldigung, das habe ich nicht verstanden. ${question}`,
  voicemail: (context) =>
    `${introduction(context)} Ich rufe ${context.businessName} wegen einer Buchung an: ${service(context)}. Wir rufen später wieder an. Vielen Dank, auf Wiederhören.`,
  oneMoment: (context) => `Einen Moment bitte, ich kläre das kurz; ${context.personName} sagt es mir gleich.`,
  personAnswered: (context, answer) => `Danke fürs Warten. ${context.personName} sagt: ${answer}.`,
  personWillCallBack: (context) =>
    `Es tut mir leid, ${context.personName} ist gerade nicht erreichbar und ruft Sie dazu zurück. Vielen Dank, auf Wiederhören.`,
  releaseHold: (context, slot) =>
    `${introduction(context)} Sie haben freundlicherweise ${slot} freigehalten. ${context.personName} hat woanders gebucht, bitte geben Sie den Termin wieder frei. Danke fürs Freihalten, auf Wiederhören!`,
  optedOut: () => optOutApologyIn("de"),
};
