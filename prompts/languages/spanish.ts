// CallPilot's fixed call sentences in Spanish (see spoken-lines.ts).
import type { SpokenLines } from "./spoken-lines-shape";

export const spanish: SpokenLines = {
  hello: "Hola —",
  disclosure: "Soy un asistente de IA y llamo en nombre de {{client_name}}.",
  recordingNotice: "Esta llamada puede ser grabada.",
  aiAnswer:
    "Sí — soy un asistente de IA y llamo en nombre de {{client_name}}; puedo reservar la cita por esa persona.",
  optOutApology: "Disculpe la molestia. No volveremos a llamarle. Gracias, adiós.",
  handoverTransfer:
    "Por supuesto — le paso con {{client_name}} ahora mismo. Por favor, no cuelgue mientras le conecto.",
  handoverCallBack:
    "Ahora mismo no puedo pasarle la llamada, pero {{client_name}} le llamará a este número. ¡Gracias!",
  voicemail:
    "Hola, {{business_name}}, le habla un asistente de IA en nombre de un cliente, por {{service}}. " +
    "No hace falta que nos devuelva la llamada; volveremos a intentarlo más tarde. Gracias, adiós.",
  opening: {
    release: () =>
      "Tuvieron la amabilidad de reservar el {{target_slot}} para {{client_name}}. Ya ha reservado en otro sitio, así que les pido que lo liberen. ¡Gracias, adiós!",
    cancellation: (party) =>
      `{{client_name}} tiene {{service}}${party} con ustedes el {{target_slot}} y no podrá ir. ¿Podrían cancelar esa cita, por favor?`,
    reschedule: (party) =>
      `{{client_name}} tiene {{service}}${party} con ustedes el {{target_slot}} y necesita cambiar la cita. {{client_name}} está disponible: {{new_window}} — ¿tendrían algo entonces?`,
    confirmation: (party) =>
      `Llamo a {{business_name}} para confirmar {{service}}${party} el {{target_slot}}. ¿Sigue disponible?`,
    inquiry: (party) =>
      `Me gustaría reservar {{service}}${party} en {{business_name}}. {{client_name}} está disponible: {{availability}}. ¿Podría reservarlo con ustedes?`,
  },
  partyFor: " para {{party_size}} personas",
  services: {
    dentist: "una cita con el dentista",
    doctor: "una cita con el médico",
    restaurant: "una mesa",
    hair_salon: "una cita en la peluquería",
    barber: "un corte en la barbería",
    massage: "un masaje",
    veterinarian: "una cita con el veterinario",
    auto_mechanic: "una cita en el taller",
    plumber: "una visita del fontanero",
    electrician: "una visita del electricista",
  },
  dayFormat: "ccc d LLL",
  slotFormat: "cccc d 'de' LLLL 'a las' HH:mm",
  anyTimeSoon: "lo antes posible",
  holdUntil: (at, today) =>
    today ? `hoy a las ${at.toFormat("H:mm")}` : at.toFormat("cccc d 'de' LLLL 'a las' H:mm"),
};
