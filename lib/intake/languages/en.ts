// English: the intake's canonical language, so it needs no rewrites; its words for detection and its replies.
import { serviceLabels } from "../booking-request";
import type { Vocabulary } from "./vocabulary";

export const english: Vocabulary = {
  language: "en",
  markers: (
    "the i i'm i'd i've need want would like please tomorrow today next week weekend my me we our book booking " +
    "appointment near around with get can could you someone somewhere table people morning afternoon evening " +
    "night and is it it's this that for of at after before make change instead actually thanks hi hello what " +
    "wait sometime soon dinner lunch haircut dentist doctor an find looking some any your there"
  ).split(" "),
  rewrites: [],
  stopWords: [],
  replies: {
    booking: (service) =>
      service === "restaurant"
        ? "a restaurant table"
        : service
          ? `${/^[aeiou]/i.test(serviceLabels[service]) ? "an" : "a"} ${serviceLabels[service]}`
          : "an appointment",
    partySize: (size) => ` for ${size}`,
    place: (location) => ` in ${location}`,
    onDay: (day) => `on ${day}`,
    betweenDays: (first, last) => `between ${first} and ${last}`,
    timeframe: (label) => label,
    underName: (name) => `, under the name ${name}`,
    complete: (summary) => `Great — ${summary}.`,
    understood: (summary) => `Got it — ${summary}.`,
    passOn: (notes) => `I’ll pass on: ${notes}.`,
    noChange: (summary) => `I didn’t catch a change there — I have ${summary}.`,
    happyToHelp: "Happy to help!",
    notCaught: "Sorry, I didn’t catch that.",
    askService: (services) => `What should I book? I can call ${services}.`,
    askRestaurantPlace: "Which city or neighbourhood should the restaurant be in?",
    askPlace: "Where should I look — which city or neighbourhood?",
    askWhen: "When would suit you — today, tomorrow, next week, or a particular date?",
    readyToCall: "Press “Call providers” when you’re ready, or tell me anything to change.",
    offerPartyAndName: "If you like, tell me how many people are coming and the name to book under.",
    offerParty: "If you like, tell me how many people are coming.",
    offerName: "If you like, tell me the name to book under.",
    unsupported: (business, services) =>
      `CallPilot can’t book ${business}. It can book ${services} — which of these do you need?`,
    otherBusinesses: {},
    pastDates: (said) => `${said} has already passed — which dates would suit you instead?`,
    partyTooLarge: (size) =>
      `A party of ${size} is more than CallPilot can book by phone — how many people should the booking be for?`,
    partyLarge: (size) =>
      `A party of ${size} is larger than most restaurants will book over the phone — is that right? Say “yes” to go ahead, or tell me a smaller number.`,
    confirmCancel: (business, when) =>
      `Shall I phone ${business} to cancel your appointment on ${when}? Confirm with "Cancel appointment" and I'll call them.`,
    askNewTime: (business, when) =>
      `When would suit you instead of ${when}? Say for example "Thursday or Friday afternoon", and I'll ask ${business} to move it.`,
    confirmMove: (business, when, to) =>
      `Shall I phone ${business} to move your appointment on ${when} to ${to}? Your current slot is kept until they agree to a new one. Confirm with "Move it" and I'll call them.`,
    servicePlurals: {
      dentist: "dentists",
      doctor: "doctors",
      hair_salon: "hair salons",
      barber: "barbers",
      auto_mechanic: "auto mechanics",
      plumber: "plumbers",
      electrician: "electricians",
      massage: "massage therapists",
      veterinarian: "veterinarians",
      restaurant: "restaurants",
    },
    and: "and",
  },
};
