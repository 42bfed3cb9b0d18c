// The simulated call's lines in Spanish (see simulated-lines.ts).
import type { SimulatedLines } from "./simulated-lines-shape";

const callback = "¿Cuál es el mejor número para devolverle la llamada?";

export const simulatedSpanish: SimulatedLines = {
  voicemailGreeting: (business) =>
    `Hola, ha llamado a ${business}. Ahora mismo no podemos atenderle — por favor, deje un mensaje después de la señal.`,
  answer: (business, partOfDay) =>
    `${business}, ${partOfDay === "morning" ? "buenos días" : partOfDay === "afternoon" ? "buenas tardes" : "buenas noches"}, ¿en qué puedo ayudarle?`,
  phoneMenu: {
    welcome: (business) => `Gracias por llamar a ${business}.`,
    option: (what, key) => `Para ${what}, pulse ${key}.`,
    appointments: "pedir cita",
    others: ["facturación", "horarios y cómo llegar", "recetas y resultados"],
  },
  askToHold: "¿Puede esperar un momento, por favor?",
  backFromHold: "Gracias por esperar. A ver qué tenemos.",
  beforeILook: (question) => `Claro. Antes de mirar — ${question}`,
  questionAnswered: "Perfecto, gracias.",
  questionLater: "No pasa nada, lo vemos más tarde.",
  needsInsurance: (when, question) =>
    `Podríamos atenderle el ${when}, pero necesitamos los datos de su seguro antes de reservar nada. ${question}`,
  insuranceReceived: "Gracias, es todo lo que necesito.",
  firstOffer: (when) => `Déjeme mirar... lo primero que tenemos es el ${when}. ¿Le vendría bien?`,
  nextOffer: (when) => `¿Y el ${when}?`,
  booked: (name, when) => `Hecho — ${name} tiene cita el ${when}. ¡Hasta entonces!`,
  pencilledIn: "Claro, se lo apunto de momento.",
  nothingElse: "Lo siento, no tenemos nada más que encaje.",
  optOutRequest:
    "No aceptamos llamadas automáticas. Por favor, quite este número de su lista y no vuelva a llamarnos.",
  noPhoneBooking: "Lo siento, no reservamos por teléfono — todo se hace a través de nuestra web.",
  stillFree: (when) => `Déjeme comprobar... sí, el ${when} sigue libre.`,
  confirmedBooked: (name, when) => `Listo — ${name} tiene cita el ${when}.`,
  released: "No hay problema, ya lo he liberado. ¡Gracias por avisarnos!",
  insistOnPerson: (name, aboutAnAppointment) =>
    `Lo siento, necesito hablar directamente con ${name} antes de ${
      aboutAnAppointment ? "cambiar su cita" : "reservar nada"
    }.`,
  willWaitForCall: "De acuerdo, esperaremos su llamada. Adiós.",
  cancelled: (name, when) => `Déjeme buscarla... sí, ${name}, el ${when}. Ya está cancelada.`,
  couldMoveTo: (when) => `Déjeme mirar... podría pasarla al ${when}. ¿Le vendría bien?`,
  moved: (name, when) => `Hecho — ${name} tiene ahora cita el ${when}.`,
  nothingThen: (others) =>
    others.length > 0
      ? `Lo siento, entonces no tenemos nada. Lo siguiente sería el ${others.join(" o el ")}.`
      : "Lo siento, entonces no tenemos nada, ni poco después.",
  questions: {
    dentist: "¿Con qué compañía de seguros está?",
    doctor: "¿Me puede dar la fecha de nacimiento del paciente?",
    massage: "¿Me da su fecha de nacimiento para la ficha?",
    veterinarian: "¿Y cómo se llama la mascota?",
    hair_salon: callback,
    barber: callback,
    auto_mechanic:
      "¿Cuál es el mejor número para devolverle la llamada, por si el coche necesita más trabajo?",
    plumber: callback,
    electrician: callback,
    restaurant: "¿Cuál es el mejor número de contacto para la reserva?",
  },
  insuranceQuestion: "¿Con qué compañía de seguros está?",
  ofCourse: "Por supuesto.",
  understoodNoPhone: "Entendido, se lo diré. Gracias por su tiempo.",
  passOnInsurance: (name) => `Gracias — se lo transmito, y ${name} le llamará con los datos de su seguro.`,
  doesNotFit: (name, availability) =>
    `Por desgracia, eso no le va bien a ${name}. ¿Tendrían algo ${availability}?`,
  pleaseBook: (name) => `Eso va bien. Por favor, resérvelo a nombre de ${name}.`,
  askHold: (when, name, until) =>
    `Eso podría ir bien. ¿Podría guardar el ${when} para ${name} hasta ${until ?? "más tarde hoy"}? Lo confirmará antes.`,
  thanksForChecking: "No pasa nada — gracias por mirarlo.",
  confirmPleaseBook: (name) => `Estupendo — resérvelo a nombre de ${name}, por favor.`,
  checkWithClientFirst: "En realidad, primero tengo que consultarlo con mi cliente — le llamará. Gracias.",
  bookedElsewhere: (name) =>
    `En realidad, ${name} acaba de reservar en otro sitio — disculpe las molestias, y gracias por su tiempo.`,
  knownDetail: (label, value) => `Por supuesto — ${label.toLowerCase()}: ${value}.`,
  oneMoment: (name) => `Un momento, por favor — lo consulto con ${name}.`,
  personSays: (name, answer) => `Gracias por esperar. ${name} dice: ${answer}`,
  cannotReach: (name) => `Lo siento, ahora mismo no consigo hablar con ${name} — le llamará para eso.`,
  cancelledThanks: (when) => `Gracias — entonces la cita del ${when} queda cancelada. Eso es todo, ¡adiós!`,
  pleaseMove: (from, to) => `Eso va bien. Por favor, pásela del ${from} al ${to}.`,
  moveFailed: (name) => `Lo siento, al final no va bien — ${name} se pondrá en contacto con ustedes.`,
  keepAppointment: (slot, name) =>
    `Gracias — entonces, por favor, mantengan la cita del ${slot} tal como está; ${name} se pondrá en contacto.`,
};
