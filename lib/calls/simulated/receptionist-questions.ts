// Simulated receptionists who ask something only the client knows (insurance, date of birth, the pet's name, a
// callback number), and the simulated agent's side of it: answer from the brief's pre-filled details, or say "one
// moment please" and put the question to the person through ask_client. Deterministic per business.
import type { Provider } from "@/db/providers";
import type { CallBrief } from "@/lib/calls/call-brief";
import type { AskPersonAnswer } from "@/lib/calls/questions/ask-person";
import { detailAnsweringQuestion } from "@/lib/calls/questions/person-details";
import type { ServiceType } from "@/lib/intake/booking-request";
import { behaviourOf } from "./receptionist";
import { hashText } from "./seeded-random";

export const insuranceQuestion = "Which insurance provider are they with?";

const questionsByService: Record<ServiceType, string> = {
  dentist: insuranceQuestion,
  doctor: "Can I take the patient's date of birth?",
  massage: "Can I take their date of birth for the file?",
  veterinarian: "And what's the pet's name?",
  hair_salon: "What's the best callback number for them?",
  barber: "What's the best callback number for them?",
  auto_mechanic: "What's the best callback number for them, in case the car needs more work?",
  plumber: "What's the best callback number for them?",
  electrician: "What's the best callback number for them?",
  restaurant: "What's the best callback number for the reservation?",
};

/**
 * The question this business's receptionist asks before offering a slot, or null. Demo businesses: every
 * far_future one and every accepting one but the first in its city (which keeps each city's quick booking), plus
 * needs_insurance, which asks for the insurance itself. Others: one accepting business in four, by its id.
 */
export function receptionistQuestion(
  provider: Pick<Provider, "id" | "simulationProfile">,
  serviceType: ServiceType,
): string | null {
  const behaviour = behaviourOf(provider);
  if (behaviour === "needs_insurance") return insuranceQuestion;
  const asks = provider.simulationProfile
    ? behaviour === "far_future" || (behaviour === "accepts" && !provider.id.endsWith("-1"))
    : behaviour === "accepts" && hashText(`question|${provider.id}`) % 4 === 0;
  return asks ? questionsByService[serviceType] : null;
}

export type QuestionOutcome = "answered" | "unanswered" | "call_ended";

/** The agent's turn after a receptionist's question it cannot answer from the call brief alone. */
export async function answerReceptionist(
  brief: CallBrief,
  question: string,
  io: {
    say(role: "agent", text: string): Promise<void>;
    askPerson(question: string): Promise<AskPersonAnswer>;
  },
): Promise<QuestionOutcome> {
  const known = detailAnsweringQuestion(question, brief.personDetails ?? []);
  if (known) {
    await io.say("agent", `Of course — ${known.label.toLowerCase()}: ${known.value}.`);
    return "answered";
  }
  await io.say("agent", `One moment please — let me check with ${brief.personName}.`);
  const reply = await io.askPerson(question);
  if (reply.code === "answered") {
    await io.say("agent", `Thank you for waiting. ${brief.personName} says: ${reply.answer}`);
    return "answered";
  }
  if (reply.code === "call_ended" || reply.code === "booking_closed") return "call_ended";
  await io.say(
    "agent",
    `I'm sorry, I can't reach ${brief.personName} just now — they will call you back with that.`,
  );
  return "unanswered";
}
