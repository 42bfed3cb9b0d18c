// CallPilot's fixed call sentences in French (see spoken-lines.ts).
import type { SpokenLines } from "./spoken-lines-shape";

export const french: SpokenLines = {
  hello: "Bonjour —",
  disclosure: "Je suis un assistant IA et j'appelle de la part de {{client_name}}.",
  recordingNotice: "Cet appel peut être enregistré.",
  aiAnswer:
    "Oui — je suis un assistant IA et j'appelle de la part de {{client_name}} ; je peux prendre le rendez-vous pour cette personne.",
  optOutApology: "Veuillez m'excuser pour le dérangement. Nous ne vous appellerons plus. Merci, au revoir.",
  handoverTransfer:
    "Bien sûr — je vous passe {{client_name}} tout de suite. Merci de rester en ligne pendant que je vous mets en relation.",
  handoverCallBack:
    "Je ne peux pas vous mettre en relation pour le moment, mais {{client_name}} vous rappellera à ce numéro. Merci !",
  voicemail:
    "Bonjour {{business_name}}, ici un assistant IA qui appelle de la part d'un client pour {{service}}. " +
    "Inutile de nous rappeler ; nous réessaierons plus tard. Merci, au revoir.",
  opening: {
    release: () =>
      "Vous avez eu la gentillesse de garder le créneau du {{target_slot}} pour {{client_name}}. {{client_name}} a réservé ailleurs, pourriez-vous donc le libérer ? Merci, au revoir !",
    cancellation: (party) =>
      `{{client_name}} a {{service}}${party} avec vous le {{target_slot}} et ne pourra pas venir. Pourriez-vous annuler ce rendez-vous, s'il vous plaît ?`,
    reschedule: (party) =>
      `{{client_name}} a {{service}}${party} avec vous le {{target_slot}} et doit le déplacer. {{client_name}} est disponible : {{new_window}} — auriez-vous quelque chose à ce moment-là ?`,
    confirmation: (party) =>
      `J'appelle {{business_name}} pour confirmer {{service}}${party} le {{target_slot}}. Est-ce toujours disponible ?`,
    inquiry: (party) =>
      `Je voudrais réserver {{service}}${party} chez {{business_name}}. {{client_name}} est disponible : {{availability}}. Pourrais-je réserver auprès de vous ?`,
  },
  partyFor: " pour {{party_size}} personnes",
  services: {
    dentist: "un rendez-vous chez le dentiste",
    doctor: "un rendez-vous chez le médecin",
    restaurant: "une table",
    hair_salon: "un rendez-vous chez le coiffeur",
    barber: "une coupe chez le barbier",
    massage: "un massage",
    veterinarian: "un rendez-vous chez le vétérinaire",
    auto_mechanic: "un rendez-vous au garage",
    plumber: "une intervention de plombier",
    electrician: "une intervention d'électricien",
  },
  dayFormat: "ccc d LLL",
  slotFormat: "cccc d LLLL 'à' HH'h'mm",
  anyTimeSoon: "dès que possible",
  holdUntil: (at, today) =>
    today ? `${at.toFormat("H'h'mm")} aujourd'hui` : at.toFormat("cccc d LLLL 'à' H'h'mm"),
};
