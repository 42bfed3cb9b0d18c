// The simulated call's lines in French (see simulated-lines.ts).
import type { SimulatedLines } from "./simulated-lines-shape";

const callback = "Quel est le meilleur numéro pour la rappeler ?";

export const simulatedFrench: SimulatedLines = {
  voicemailGreeting: (business) =>
    `Bonjour, vous êtes bien chez ${business}. Nous ne pouvons pas vous répondre pour le moment — merci de laisser un message après le bip.`,
  answer: (business, partOfDay) =>
    `${business}, ${partOfDay === "evening" ? "bonsoir" : "bonjour"}, que puis-je pour vous ?`,
  phoneMenu: {
    welcome: (business) => `Merci d'avoir appelé ${business}.`,
    option: (what, key) => `Pour ${what}, tapez ${key}.`,
    appointments: "prendre rendez-vous",
    others: ["la facturation", "nos horaires et l'accès", "les ordonnances et les résultats"],
  },
  askToHold: "Pouvez-vous patienter un instant, s'il vous plaît ?",
  backFromHold: "Merci d'avoir patienté. Voyons ce que nous avons.",
  beforeILook: (question) => `Bien sûr. Avant que je regarde — ${question}`,
  questionAnswered: "Parfait, merci.",
  questionLater: "Pas de souci, nous verrons cela plus tard.",
  needsInsurance: (when, question) =>
    `Nous pourrions la recevoir ${when}, mais il nous faut ses informations de mutuelle avant de réserver quoi que ce soit. ${question}`,
  insuranceReceived: "Merci, c'est tout ce qu'il me faut.",
  firstOffer: (when) =>
    `Je regarde... le plus tôt que nous ayons, c'est ${when}. Est-ce que cela conviendrait ?`,
  nextOffer: (when) => `Et ${when} ?`,
  booked: (name, when) => `C'est noté — ${name} a rendez-vous ${when}. À bientôt !`,
  pencilledIn: "Entendu, je le note provisoirement.",
  nothingElse: "Je suis désolée, nous n'avons rien d'autre qui convienne.",
  optOutRequest:
    "Nous n'acceptons pas les appels automatisés. Merci de retirer ce numéro de votre liste et de ne plus nous appeler.",
  noPhoneBooking:
    "Désolée, nous ne prenons pas de rendez-vous par téléphone — tout passe par notre site internet.",
  stillFree: (when) => `Je vérifie... oui, ${when} est toujours libre.`,
  confirmedBooked: (name, when) => `C'est fait — ${name} a rendez-vous ${when}.`,
  released: "Pas de problème, je l'ai libéré. Merci de nous avoir prévenus !",
  insistOnPerson: (name, aboutAnAppointment) =>
    `Je suis désolée, je dois parler directement avec ${name} avant de pouvoir ${
      aboutAnAppointment ? "modifier son rendez-vous" : "réserver quoi que ce soit"
    }.`,
  willWaitForCall: "D'accord, nous attendrons son appel. Au revoir.",
  cancelled: (name, when) => `Je cherche... oui, ${name}, ${when}. C'est annulé.`,
  couldMoveTo: (when) => `Je regarde... je pourrais le déplacer ${when}. Est-ce que cela conviendrait ?`,
  moved: (name, when) => `C'est fait — ${name} a maintenant rendez-vous ${when}.`,
  nothingThen: (others) =>
    others.length > 0
      ? `Je suis désolée, nous n'avons rien à ce moment-là. Le plus proche serait ${others.join(" ou ")}.`
      : "Je suis désolée, nous n'avons rien à ce moment-là, ni peu après.",
  questions: {
    dentist: "Quelle est sa mutuelle ?",
    doctor: "Puis-je avoir la date de naissance du patient ?",
    massage: "Puis-je avoir sa date de naissance pour le dossier ?",
    veterinarian: "Et comment s'appelle l'animal ?",
    hair_salon: callback,
    barber: callback,
    auto_mechanic:
      "Quel est le meilleur numéro pour la rappeler, au cas où la voiture aurait besoin d'autres travaux ?",
    plumber: callback,
    electrician: callback,
    restaurant: "Quel est le meilleur numéro pour la réservation ?",
  },
  insuranceQuestion: "Quelle est sa mutuelle ?",
  ofCourse: "Bien sûr.",
  understoodNoPhone: "Entendu, je le lui dirai. Merci pour votre temps.",
  passOnInsurance: (name) =>
    `Merci — je transmets, et ${name} vous rappellera avec ses informations de mutuelle.`,
  doesNotFit: (name, availability) =>
    `Malheureusement, cela ne convient pas à ${name}. Auriez-vous quelque chose ${availability} ?`,
  pleaseBook: (name) => `Cela convient. Pouvez-vous le réserver pour ${name}, s'il vous plaît ?`,
  askHold: (when, name, until) =>
    `Cela pourrait convenir. Pourriez-vous garder ${when} pour ${name} jusqu'à ${until ?? "plus tard dans la journée"} ? ${name} confirmera d'ici là.`,
  thanksForChecking: "Pas de souci — merci d'avoir regardé.",
  confirmPleaseBook: (name) => `Parfait — réservez-le pour ${name}, s'il vous plaît.`,
  checkWithClientFirst: "En fait, je dois d'abord vérifier avec mon client — il vous rappellera. Merci.",
  bookedElsewhere: (name) =>
    `En fait, ${name} vient de réserver ailleurs — désolé pour le dérangement, et merci pour votre temps.`,
  knownDetail: (label, value) => `Bien sûr — ${label.toLowerCase()} : ${value}.`,
  oneMoment: (name) => `Un instant, s'il vous plaît — je vérifie avec ${name}.`,
  personSays: (name, answer) => `Merci d'avoir patienté. ${name} répond : ${answer}`,
  cannotReach: (name) =>
    `Je suis désolé, je n'arrive pas à joindre ${name} pour le moment — ${name} vous rappellera à ce sujet.`,
  cancelledThanks: (when) => `Merci — le rendez-vous du ${when} est donc annulé. C'est tout, au revoir !`,
  pleaseMove: (from, to) => `Cela convient. Pouvez-vous le déplacer du ${from} au ${to} ?`,
  moveFailed: (name) => `Je suis désolé, cela ne convient finalement pas — ${name} vous recontactera.`,
  keepAppointment: (slot, name) =>
    `Merci — gardez donc le rendez-vous du ${slot} tel quel pour l'instant ; ${name} vous recontactera.`,
};
