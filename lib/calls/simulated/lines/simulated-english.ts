// The simulated call's lines in English (see simulated-lines.ts).
import type { SimulatedLines } from "./simulated-lines-shape";

export const simulatedEnglish: SimulatedLines = {
  voicemailGreeting: (business) =>
    `Hi, you've reached ${business}. We can't come to the phone right now — please leave a message after the tone.`,
  answer: (business, partOfDay) => `${business}, good ${partOfDay}, how can I help?`,
  phoneMenu: {
    welcome: (business) => `Thank you for calling ${business}.`,
    option: (what, key) => `For ${what}, press ${key}.`,
    appointments: "appointments",
    others: ["billing", "opening hours and directions", "prescriptions and results"],
  },
  askToHold: "Could you hold for just a moment, please?",
  backFromHold: "Thanks for holding. Now, let me see what we have.",
  beforeILook: (question) => `Sure. Before I look — ${question}`,
  questionAnswered: "Perfect, thank you.",
  questionLater: "No problem, we can take that later.",
  needsInsurance: (when, question) =>
    `We could see them ${when}, but we need their insurance details before we can book anything. ${question}`,
  insuranceReceived: "Thank you, that's all I need.",
  firstOffer: (when) => `Let me look... the earliest we have is ${when}. Would that work?`,
  nextOffer: (when) => `How about ${when}?`,
  booked: (name, when) => `Done — ${name} is booked for ${when}. See you then!`,
  pencilledIn: "Sure, I'll pencil it in for now.",
  nothingElse: "I'm sorry, we don't have anything else that fits.",
  optOutRequest:
    "We don't accept automated calls. Please take this number off your list and don't call us again.",
  noPhoneBooking: "Sorry, we don't take bookings over the phone — everything goes through our website.",
  stillFree: (when) => `Let me check... yes, ${when} is still free.`,
  confirmedBooked: (name, when) => `All set — ${name} is booked for ${when}.`,
  released: "No problem, I've released it. Thanks for letting us know!",
  insistOnPerson: (name, aboutAnAppointment) =>
    `I'm sorry, I need to speak with ${name} directly before I can ${
      aboutAnAppointment ? "change their appointment" : "book anything"
    }.`,
  willWaitForCall: "Alright, we'll wait for their call. Goodbye.",
  cancelled: (name, when) => `Let me find it... yes, ${name} on ${when}. That's cancelled for you now.`,
  couldMoveTo: (when) => `Let me look... I could move it to ${when}. Would that work?`,
  moved: (name, when) => `Done — ${name} is now booked for ${when} instead.`,
  nothingThen: (others) =>
    others.length > 0
      ? `I'm sorry, we have nothing then. The next we could do is ${others.join(" or ")}.`
      : "I'm sorry, we have nothing then, and nothing soon after either.",
  questions: {
    dentist: "Which insurance provider are they with?",
    doctor: "Can I take the patient's date of birth?",
    massage: "Can I take their date of birth for the file?",
    veterinarian: "And what's the pet's name?",
    hair_salon: "What's the best callback number for them?",
    barber: "What's the best callback number for them?",
    auto_mechanic: "What's the best callback number for them, in case the car needs more work?",
    plumber: "What's the best callback number for them?",
    electrician: "What's the best callback number for them?",
    restaurant: "What's the best callback number for the reservation?",
  },
  insuranceQuestion: "Which insurance provider are they with?",
  ofCourse: "Of course.",
  understoodNoPhone: "Understood, I'll let them know. Thank you for your time.",
  passOnInsurance: (name) =>
    `Thank you — I'll pass that on, and ${name} will call back with their insurance details.`,
  doesNotFit: (name, availability) =>
    `Unfortunately that doesn't work for ${name}. Is there anything ${availability}?`,
  pleaseBook: (name) => `That works. Please book it for ${name}.`,
  askHold: (when, name, until) =>
    `That could work. Could you hold ${when} for ${name} until ${until ?? "later today"}? They'll confirm by then.`,
  thanksForChecking: "No problem — thank you for checking.",
  confirmPleaseBook: (name) => `Wonderful — please book it for ${name}.`,
  checkWithClientFirst: "Actually, I need to check with the client first — they'll call back. Thank you.",
  bookedElsewhere: (name) =>
    `Actually, ${name} has just booked elsewhere — I'm sorry for the trouble, and thank you for your time.`,
  knownDetail: (label, value) => `Of course — ${label.toLowerCase()}: ${value}.`,
  oneMoment: (name) => `One moment please — let me check with ${name}.`,
  personSays: (name, answer) => `Thank you for waiting. ${name} says: ${answer}`,
  cannotReach: (name) => `I'm sorry, I can't reach ${name} just now — they will call you back with that.`,
  cancelledThanks: (when) => `Thank you — so the appointment on ${when} is cancelled. That's all, goodbye!`,
  pleaseMove: (from, to) => `That works. Please move it from ${from} to ${to}.`,
  moveFailed: (name) => `I'm sorry, that doesn't work after all — ${name} will be in touch.`,
  keepAppointment: (slot, name) =>
    `Thank you — then please keep ${slot} as it is for now; ${name} will be in touch.`,
};
