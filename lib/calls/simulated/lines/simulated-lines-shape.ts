// What every language's simulated call lines provide (simulated-lines.ts picks the call's).
import type { ServiceType } from "@/lib/intake/booking-request";

export type PartOfDay = "morning" | "afternoon" | "evening";

export interface SimulatedLines {
  // The receptionist.
  voicemailGreeting(business: string): string;
  answer(business: string, partOfDay: PartOfDay): string;
  /** The recorded phone menu: its welcome, how it offers one key, the appointments option and the three others. */
  phoneMenu: {
    welcome(business: string): string;
    option(what: string, key: number): string;
    appointments: string;
    others: [string, string, string];
  };
  askToHold: string;
  backFromHold: string;
  beforeILook(question: string): string;
  questionAnswered: string;
  questionLater: string;
  needsInsurance(when: string, question: string): string;
  insuranceReceived: string;
  firstOffer(when: string): string;
  nextOffer(when: string): string;
  booked(name: string, when: string): string;
  pencilledIn: string;
  nothingElse: string;
  optOutRequest: string;
  noPhoneBooking: string;
  stillFree(when: string): string;
  confirmedBooked(name: string, when: string): string;
  released: string;
  insistOnPerson(name: string, aboutAnAppointment: boolean): string;
  willWaitForCall: string;
  cancelled(name: string, when: string): string;
  couldMoveTo(when: string): string;
  moved(name: string, when: string): string;
  nothingThen(others: string[]): string;
  /** The question a receptionist asks per kind of business, and the insurance question. */
  questions: Record<ServiceType, string>;
  insuranceQuestion: string;
  // The agent.
  ofCourse: string;
  understoodNoPhone: string;
  passOnInsurance(name: string): string;
  doesNotFit(name: string, availability: string): string;
  pleaseBook(name: string): string;
  askHold(when: string, name: string, until: string | null): string;
  thanksForChecking: string;
  confirmPleaseBook(name: string): string;
  checkWithClientFirst: string;
  bookedElsewhere(name: string): string;
  knownDetail(label: string, value: string): string;
  oneMoment(name: string): string;
  personSays(name: string, answer: string): string;
  cannotReach(name: string): string;
  cancelledThanks(when: string): string;
  pleaseMove(from: string, to: string): string;
  moveFailed(name: string): string;
  keepAppointment(slot: string, name: string): string;
}
