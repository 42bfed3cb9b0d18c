// The scripted Twilio call in Spanish (see prompts/twilio-script.ts for what each line is for).
import { optOutApologyIn, renderDisclosure } from "../disclosure";
import type { ScriptContext, TwilioScript } from "../twilio-script";

const yesOrNo = "Por favor, diga sí, o pulse 1. Si no, diga no.";

const service = (context: ScriptContext) =>
  `${context.booking}${context.partySize ? ` para ${context.partySize} personas` : ""}`;

const introduction = (context: ScriptContext) =>
  `Hola — ${renderDisclosure(context.personName, context.recorded ?? false, "es")}`;

export const twilioSpanish: TwilioScript = {
  greeting: (context) =>
    `${introduction(context)} Me gustaría reservar ${service(context)} en ${context.businessName}. ${context.personName} está disponible ${context.availability}. ¿Tendrían algún hueco entonces?`,
  confirmationGreeting: (context, slot) =>
    `${introduction(context)} Llamo a ${context.businessName} para confirmar ${service(context)} el ${slot}. ¿Sigue disponible? ${yesOrNo}`,
  cancellationGreeting: (context, slot) =>
    `${introduction(context)} ${context.personName} tiene ${service(context)} en ${context.businessName} el ${slot} y no podrá ir. ¿Podrían cancelar esa cita, por favor? ${yesOrNo}`,
  rescheduleGreeting: (context, slot) =>
    `${introduction(context)} ${context.personName} tiene ${service(context)} en ${context.businessName} el ${slot} y necesita cambiar la cita. ${context.personName} está disponible ${context.availability}. ¿Tendrían algún hueco entonces?`,
  askForOpening: (context) => `¿Tendrían algún hueco para ${context.personName} ${context.availability}?`,
  askForTime: (context) =>
    `Estupendo. ¿Qué día y a qué hora podrían atender a ${context.personName}? Está disponible ${context.availability}.`,
  askForTimeOnDay: (day) => `¿A qué hora sería el ${day}?`,
  askForDayAtTime: (time) => `¿Y qué día sería, a las ${time}?`,
  offerDoesNotFit: (context, slot, reason) =>
    `Lo siento, el ${slot} no va bien. ${reason ? `${reason} ` : ""}¿Tendrían algo más ${context.availability}?`,
  anotherTime: (context) => `No pasa nada. ¿Hay algún otro momento ${context.availability}?`,
  confirmBooking: (context, slot) =>
    `El ${slot} le va bien a ${context.personName}. ¿Podrían reservarlo? ${yesOrNo}`,
  confirmHold: (context, slot) =>
    `El ${slot} le vendría bien a ${context.personName}, que está comparando algunas opciones. ¿Podrían guardárselo un rato? Llamará en breve para confirmar. ${yesOrNo}`,
  confirmAgain: (slot) => `Perdone, no le he entendido. ¿Pueden reservar el ${slot}? ${yesOrNo}`,
  booked: (context, slot) =>
    `Estupendo, gracias. Entonces queda reservado para ${context.personName} el ${slot}. ¡Adiós!`,
  moved: (context, slot) =>
    `Estupendo, gracias. Entonces la cita de ${context.personName} pasa al ${slot}. ¡Adiós!`,
  cancelled: (context, slot) =>
    `Gracias. Entonces la cita de ${context.personName} del ${slot} queda cancelada. ¡Adiós!`,
  cancellationRefused: (context) =>
    `Entiendo. ${context.personName} se pondrá en contacto con ustedes directamente. Gracias, adiós.`,
  held: (context, slot, until) =>
    `Gracias por guardar el ${slot}${until ? ` hasta ${until}` : ""}. ${context.personName} llamará para confirmar${until ? " antes" : ""}. ¡Adiós!`,
  bookedElsewhere: (context) =>
    `Lo siento mucho, ${context.personName} acaba de reservar otra cita, así que ya no la necesita. Gracias por su tiempo, adiós.`,
  notTheChosenSlot: (context, chosen) =>
    `Lo siento, ${context.personName} solo puede el ${chosen}. Le llamará. Gracias, adiós.`,
  confirmationRefused: (context) =>
    `Entiendo. Se lo diré a ${context.personName}, que se pondrá en contacto con ustedes. Gracias, adiós.`,
  nothingFits: (context) =>
    `Gracias por mirarlo. Ninguna de esas horas le va bien a ${context.personName}; si algo cambia, llamará. Adiós.`,
  declined: () => "Entiendo. Gracias por su tiempo, adiós.",
  cannotAnswer: (context) =>
    `Lo siento, soy un asistente de IA y no puedo responder a eso. ${context.personName} le llamará directamente. Gracias, adiós.`,
  giveUp: (context) =>
    `Lo siento, me está costando entenderle. ${context.personName} le llamará. Gracias, adiós.`,
  noLongerNeeded: (context) =>
    `${introduction(context)} ${context.personName} acaba de encontrar una cita, así que ya no hay nada que reservar. Disculpe la molestia, adiós.`,
  technicalProblem: (context) =>
    `Lo siento, ha habido un problema técnico por nuestra parte. ${context ? `${context.personName} le llamará.` : "Le llamaremos."} Adiós.`,
  takeYourTime: () => "Por supuesto, tómese su tiempo.",
  notHeard: (question) => `Perdone, no le he entendido. ${question}`,
  voicemail: (context) =>
    `${introduction(context)} Llamo a ${context.businessName} para reservar ${service(context)}. Volveremos a llamar más tarde. Gracias, adiós.`,
  oneMoment: (context) => `Un momento, por favor, lo consulto con ${context.personName}.`,
  personAnswered: (context, answer) => `Gracias por esperar. ${context.personName} dice: ${answer}.`,
  personWillCallBack: (context) =>
    `Lo siento, ahora mismo no consigo hablar con ${context.personName}. Le llamará para eso. Gracias, adiós.`,
  releaseHold: (context, slot) =>
    `${introduction(context)} Tuvieron la amabilidad de guardar el ${slot} para ${context.personName}. Ya ha reservado en otro sitio, así que les pido que lo liberen. Gracias por guardarlo, ¡adiós!`,
  optedOut: () => optOutApologyIn("es"),
};
