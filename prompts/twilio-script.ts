// What CallPilot's scripted Twilio call says, line by line. The Twilio fallback has no conversational model on the
// line, so every sentence the business hears is here, written for a text-to-speech voice (times as words). Every
// opening line starts with the shared disclosure (prompts/disclosure.ts). This is the English script; the French,
// German and Spanish ones say the same things (languages/twilio-script-for.ts picks the call's).
import type { CallLanguage } from "@/lib/providers/provider-language";
import { optOutApology, renderDisclosure } from "./disclosure";

export interface ScriptContext {
  businessName: string;
  personName: string;
  /** What is being booked, with its article, as said aloud: "a dentist appointment", "a table". */
  booking: string;
  partySize: number | null;
  /** The client's availability, spoken: "from Monday 9 March to Friday 13 March, between 8 AM and noon". */
  availability: string;
  /** CALL_RECORDING is on: the greeting says the call may be recorded. */
  recorded?: boolean;
  /** The language the call is made in, and every line above is written in (issue 17); absent: English. */
  language?: CallLanguage;
}

const yesOrNo = "Please say yes, or press 1. Otherwise, say no.";

function service(context: ScriptContext): string {
  return `${context.booking}${context.partySize ? ` for ${context.partySize}` : ""}`;
}

/** The disclosure every call opens with (prompts/disclosure.ts), then who is being called. */
function introduction(context: ScriptContext): string {
  return `Hello — ${renderDisclosure(context.personName, context.recorded ?? false)}`;
}

export const twilioScript = {
  /** Step 0 of an inquiry. */
  greeting: (context: ScriptContext) =>
    `${introduction(context)} I'd like to book ${service(context)} with ${context.businessName}. They are available ${context.availability}. Do you have an opening then?`,

  /** Step 0 of a confirmation call: the person chose this slot from the offers. */
  confirmationGreeting: (context: ScriptContext, slot: string) =>
    `${introduction(context)} I'm calling ${context.businessName} to confirm ${service(context)} on ${slot}. Is that still available to book? ${yesOrNo}`,

  /** Step 0 of a cancellation call (issue 16): who it calls for and which appointment, then yes or no. */
  cancellationGreeting: (context: ScriptContext, slot: string) =>
    `${introduction(context)} ${context.personName} has ${service(context)} with ${context.businessName} on ${slot} and can't make it. Could you cancel that appointment, please? ${yesOrNo}`,

  /** Step 0 of a reschedule call: the appointment, then the new window; the rest is an inquiry's conversation. */
  rescheduleGreeting: (context: ScriptContext, slot: string) =>
    `${introduction(context)} ${context.personName} has ${service(context)} with ${context.businessName} on ${slot} and needs to move it. They are available ${context.availability}. Do you have an opening then?`,

  askForOpening: (context: ScriptContext) =>
    `Do you have an opening for ${context.personName} ${context.availability}?`,

  /** Step 1. */
  askForTime: (context: ScriptContext) =>
    `Great. Which date and time could you offer ${context.personName}? They are available ${context.availability}.`,
  askForTimeOnDay: (day: string) => `What time on ${day} would that be?`,
  askForDayAtTime: (time: string) => `And which day would that be, at ${time}?`,
  offerDoesNotFit: (context: ScriptContext, slot: string, reason: string) =>
    `I'm sorry, ${slot} doesn't work. ${reason} Do you have anything else ${context.availability}?`,
  anotherTime: (context: ScriptContext) => `No problem. Is there another time ${context.availability}?`,

  /** Step 2: the slot read back. In review mode the person has not chosen yet, so the business is asked to hold it. */
  confirmBooking: (context: ScriptContext, slot: string) =>
    `${slot} works for ${context.personName}. Could you book that for them? ${yesOrNo}`,
  confirmHold: (context: ScriptContext, slot: string) =>
    `${slot} would suit ${context.personName}, who is comparing a few offers. Could you hold it for them for a little while? They will call back shortly to confirm. ${yesOrNo}`,
  confirmAgain: (slot: string) => `Sorry, I didn't catch that. Can you book ${slot}? ${yesOrNo}`,

  /** Step 3: thanks and goodbye. */
  booked: (context: ScriptContext, slot: string) =>
    `Wonderful, thank you. So that's ${context.personName}, booked for ${slot}. Goodbye!`,
  moved: (context: ScriptContext, slot: string) =>
    `Wonderful, thank you. So ${context.personName}'s appointment is moved to ${slot}. Goodbye!`,
  cancelled: (context: ScriptContext, slot: string) =>
    `Thank you. So ${context.personName}'s appointment on ${slot} is cancelled. Goodbye!`,
  cancellationRefused: (context: ScriptContext) =>
    `I understand. ${context.personName} will be in touch with you directly. Thank you, goodbye.`,
  held: (context: ScriptContext, slot: string, until?: string) =>
    `Thank you for holding ${slot}${until ? ` until ${until}` : ""}. ${context.personName} will call back to confirm${until ? " by then" : ""}. Goodbye!`,
  bookedElsewhere: (context: ScriptContext) =>
    `I'm so sorry, ${context.personName} has just booked another appointment, so they won't need a slot after all. Thank you for your time, goodbye.`,
  notTheChosenSlot: (context: ScriptContext, chosen: string) =>
    `I'm sorry, ${context.personName} can only take ${chosen}. They will call you back. Thank you, goodbye.`,
  confirmationRefused: (context: ScriptContext) =>
    `I understand. I'll let ${context.personName} know, and they will be in touch. Thank you, goodbye.`,
  nothingFits: (context: ScriptContext) =>
    `Thank you for checking. None of those times work for ${context.personName}, so they will call back if anything changes. Goodbye.`,
  declined: () => "I understand. Thank you for your time, goodbye.",
  cannotAnswer: (context: ScriptContext) =>
    `I'm sorry, I'm an AI assistant and can't answer that. ${context.personName} will call you back directly. Thank you, goodbye.`,
  giveUp: (context: ScriptContext) =>
    `I'm sorry, I'm having trouble understanding. ${context.personName} will call you back. Thank you, goodbye.`,
  noLongerNeeded: (context: ScriptContext) =>
    `${introduction(context)} They have just found an appointment, so there is nothing to book after all. Sorry to trouble you, goodbye.`,
  technicalProblem: (context: ScriptContext | null) =>
    `I'm sorry, something went wrong on our side. ${context ? `${context.personName} will call back.` : "We will call back."} Goodbye.`,

  /** Replies that keep the conversation going. */
  takeYourTime: () => "Of course, take your time.",
  notHeard: (question: string) => `Sorry, I didn't catch that. ${question}`,

  /** Left after the beep when answering-machine detection hears a machine (TWILIO_VOICEMAIL=message). */
  voicemail: (context: ScriptContext) =>
    `${introduction(context)} I'm calling ${context.businessName} about booking ${service(context)}. We will call back later. Thank you, goodbye.`,

  /** Live questions (issue 8): the client is asked on their booking page while the business holds. */
  oneMoment: (context: ScriptContext) => `One moment please, let me check that with ${context.personName}.`,
  personAnswered: (context: ScriptContext, answer: string) =>
    `Thank you for waiting. ${context.personName} says: ${answer}.`,
  personWillCallBack: (context: ScriptContext) =>
    `I'm sorry, I can't reach ${context.personName} just now. They will call you back with that. Thank you, goodbye.`,

  /** A release call (issue 8): the business held a slot the client no longer needs; said once, then goodbye. */
  releaseHold: (context: ScriptContext, slot: string) =>
    `${introduction(context)} You kindly held ${slot} for ${context.personName}. They have booked elsewhere, so please release it. Thank you for holding it, goodbye!`,

  /** The business asked not to be called again: apologise and end the call (the number goes on the list). */
  optedOut: () => optOutApology,
};

/** Every line of the scripted call; each language's script has the same ones. */
export type TwilioScript = typeof twilioScript;
