// CallPilot's fixed call sentences in English (see spoken-lines.ts).
import type { SpokenLines } from "./spoken-lines-shape";

export const english: SpokenLines = {
  hello: "Hi —",
  disclosure: "I'm an AI assistant calling on behalf of {{client_name}}.",
  recordingNotice: "This call may be recorded.",
  aiAnswer:
    "Yes — I'm an AI assistant calling on behalf of {{client_name}}, and I can book the appointment for them.",
  optOutApology: "I'm sorry for the interruption. We won't call you again. Thank you, goodbye.",
  handoverTransfer:
    "Of course — I'll put you through to {{client_name}} now. Please stay on the line while I connect you.",
  handoverCallBack:
    "I'm not able to put you through right now, but {{client_name}} will call you back on this number. Thank you!",
  voicemail:
    "Hello {{business_name}}, this is an AI assistant calling on behalf of a client about {{service}}. " +
    "There is no need to call back; we will try again later. Thank you, goodbye.",
  opening: {
    release: () =>
      "You kindly held {{target_slot}} for {{client_name}}. They have booked elsewhere, so please release it. Thank you, goodbye!",
    cancellation: (party) =>
      `{{client_name}} has {{service}}${party} with you on {{target_slot}} and can't make it. Could you cancel that appointment, please?`,
    reschedule: (party) =>
      `{{client_name}} has {{service}}${party} with you on {{target_slot}} and needs to move it. They're free {{new_window}} — would you have anything then?`,
    confirmation: (party) =>
      `I'm calling {{business_name}} to confirm {{service}}${party} on {{target_slot}}. Is that still available to book?`,
    inquiry: (party) =>
      `I'd like to book {{service}}${party} with {{business_name}}. They're available {{availability}}. Could I book that with you?`,
  },
  partyFor: " for {{party_size}}",
  services: {
    dentist: "a dentist appointment",
    doctor: "a doctor's appointment",
    restaurant: "a table",
    hair_salon: "a hair appointment",
    barber: "a haircut",
    massage: "a massage",
    veterinarian: "a vet appointment",
    auto_mechanic: "a car service appointment",
    plumber: "a plumber visit",
    electrician: "an electrician visit",
  },
  dayFormat: "ccc d LLL",
  slotFormat: "cccc d LLLL 'at' HH:mm",
  anyTimeSoon: "any time soon",
  holdUntil: (at, today) =>
    today ? `${at.toFormat("h:mm a")} today` : at.toFormat("cccc d LLL 'at' h:mm a"),
};
