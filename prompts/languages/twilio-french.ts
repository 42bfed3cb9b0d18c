// The scripted Twilio call in French (see prompts/twilio-script.ts for what each line is for).
import { optOutApologyIn, renderDisclosure } from "../disclosure";
import type { ScriptContext, TwilioScript } from "../twilio-script";

const yesOrNo = "Dites oui, ou tapez 1. Sinon, dites non.";

const service = (context: ScriptContext) =>
  `${context.booking}${context.partySize ? ` pour ${context.partySize} personnes` : ""}`;

const introduction = (context: ScriptContext) =>
  `Bonjour — ${renderDisclosure(context.personName, context.recorded ?? false, "fr")}`;

export const twilioFrench: TwilioScript = {
  greeting: (context) =>
    `${introduction(context)} Je voudrais réserver ${service(context)} chez ${context.businessName}. ${context.personName} est disponible ${context.availability}. Auriez-vous une place à ce moment-là ?`,
  confirmationGreeting: (context, slot) =>
    `${introduction(context)} J'appelle ${context.businessName} pour confirmer ${service(context)} le ${slot}. Est-ce toujours disponible ? ${yesOrNo}`,
  cancellationGreeting: (context, slot) =>
    `${introduction(context)} ${context.personName} a ${service(context)} chez ${context.businessName} le ${slot} et ne pourra pas venir. Pourriez-vous annuler ce rendez-vous, s'il vous plaît ? ${yesOrNo}`,
  rescheduleGreeting: (context, slot) =>
    `${introduction(context)} ${context.personName} a ${service(context)} chez ${context.businessName} le ${slot} et doit le déplacer. ${context.personName} est disponible ${context.availability}. Auriez-vous une place à ce moment-là ?`,
  askForOpening: (context) => `Auriez-vous une place pour ${context.personName} ${context.availability} ?`,
  askForTime: (context) =>
    `Très bien. Quel jour et à quelle heure pourriez-vous recevoir ${context.personName} ? ${context.personName} est disponible ${context.availability}.`,
  askForTimeOnDay: (day) => `À quelle heure, le ${day} ?`,
  askForDayAtTime: (time) => `Et quel jour, à ${time} ?`,
  offerDoesNotFit: (context, slot, reason) =>
    `Je suis désolé, le ${slot} ne convient pas. ${reason ? `${reason} ` : ""}Auriez-vous autre chose ${context.availability} ?`,
  anotherTime: (context) => `Pas de problème. Auriez-vous un autre moment ${context.availability} ?`,
  confirmBooking: (context, slot) =>
    `Le ${slot} convient à ${context.personName}. Pourriez-vous le réserver ? ${yesOrNo}`,
  confirmHold: (context, slot) =>
    `Le ${slot} conviendrait à ${context.personName}, qui compare quelques offres. Pourriez-vous le garder un petit moment ? ${context.personName} rappellera bientôt pour confirmer. ${yesOrNo}`,
  confirmAgain: (slot) => `Pardon, je n'ai pas bien compris. Pouvez-vous réserver le ${slot} ? ${yesOrNo}`,
  booked: (context, slot) =>
    `Parfait, merci. C'est donc noté pour ${context.personName}, le ${slot}. Au revoir !`,
  moved: (context, slot) =>
    `Parfait, merci. Le rendez-vous de ${context.personName} est donc déplacé au ${slot}. Au revoir !`,
  cancelled: (context, slot) =>
    `Merci. Le rendez-vous de ${context.personName} du ${slot} est donc annulé. Au revoir !`,
  cancellationRefused: (context) =>
    `Je comprends. ${context.personName} vous contactera directement. Merci, au revoir.`,
  held: (context, slot, until) =>
    `Merci de garder le ${slot}${until ? ` jusqu'à ${until}` : ""}. ${context.personName} rappellera pour confirmer${until ? " d'ici là" : ""}. Au revoir !`,
  bookedElsewhere: (context) =>
    `Je suis vraiment désolé, ${context.personName} vient de réserver un autre rendez-vous et n'a donc plus besoin de créneau. Merci pour votre temps, au revoir.`,
  notTheChosenSlot: (context, chosen) =>
    `Je suis désolé, ${context.personName} ne peut venir que le ${chosen}. ${context.personName} vous rappellera. Merci, au revoir.`,
  confirmationRefused: (context) =>
    `Je comprends. Je préviens ${context.personName}, qui vous recontactera. Merci, au revoir.`,
  nothingFits: (context) =>
    `Merci d'avoir regardé. Aucun de ces horaires ne convient à ${context.personName}, qui vous rappellera si quelque chose change. Au revoir.`,
  declined: () => "Je comprends. Merci pour votre temps, au revoir.",
  cannotAnswer: (context) =>
    `Je suis désolé, je suis un assistant IA et je ne peux pas répondre à cela. ${context.personName} vous rappellera directement. Merci, au revoir.`,
  giveUp: (context) =>
    `Je suis désolé, j'ai du mal à comprendre. ${context.personName} vous rappellera. Merci, au revoir.`,
  noLongerNeeded: (context) =>
    `${introduction(context)} ${context.personName} vient de trouver un rendez-vous, il n'y a donc plus rien à réserver. Désolé pour le dérangement, au revoir.`,
  technicalProblem: (context) =>
    `Je suis désolé, un problème technique est survenu de notre côté. ${context ? `${context.personName} vous rappellera.` : "Nous vous rappellerons."} Au revoir.`,
  takeYourTime: () => "Bien sûr, prenez votre temps.",
  notHeard: (question) => `Pardon, je n'ai pas bien compris. ${question}`,
  voicemail: (context) =>
    `${introduction(context)} J'appelle ${context.businessName} pour réserver ${service(context)}. Nous rappellerons plus tard. Merci, au revoir.`,
  oneMoment: (context) => `Un instant, s'il vous plaît, je vérifie avec ${context.personName}.`,
  personAnswered: (context, answer) => `Merci d'avoir patienté. ${context.personName} répond : ${answer}.`,
  personWillCallBack: (context) =>
    `Je suis désolé, je n'arrive pas à joindre ${context.personName} pour le moment. ${context.personName} vous rappellera à ce sujet. Merci, au revoir.`,
  releaseHold: (context, slot) =>
    `${introduction(context)} Vous avez eu la gentillesse de garder le ${slot} pour ${context.personName}. ${context.personName} a réservé ailleurs, pourriez-vous donc le libérer ? Merci de l'avoir gardé, au revoir !`,
  optedOut: () => optOutApologyIn("fr"),
};
