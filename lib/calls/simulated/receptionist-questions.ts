// Simulated receptionists who ask something only the client knows (insurance, date of birth, the pet's name, a
// callback number), and the simulated agent's side of it: answer from the brief's pre-filled details, or say "one
// moment please" and put the question to the person through ask_client. Deterministic per business.
import type { Provider } from "@/db/providers";
import { callLanguageOf, type CallBrief } from "@/lib/calls/call-brief";
import type { AskPersonAnswer } from "@/lib/calls/questions/ask-person";
import { detailAnsweringQuestion } from "@/lib/calls/questions/person-details";
import type { ServiceType } from "@/lib/intake/booking-request";
import { behaviourOf } from "./receptionist";
import type { CallLanguage } from "@/lib/providers/provider-language";
import { hashText } from "./seeded-random";
import { simulatedLines } from "./lines/simulated-lines";

export const insuranceQuestion = simulatedLines("en").insuranceQuestion;

const questionsByService: Record<ServiceType, string> = simulatedLines("en").questions;

/** The question as the receptionist says it in the call's language (the English one is what the person sees). */
export function spokenQuestion(question: string, serviceType: ServiceType, language: CallLanguage): string {
  if (language === "en") return question;
  const lines = simulatedLines(language);
  return question === insuranceQuestion ? lines.insuranceQuestion : lines.questions[serviceType];
}

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
  const lines = simulatedLines(callLanguageOf(brief));
  const known = detailAnsweringQuestion(question, brief.personDetails ?? []);
  if (known) {
    await io.say("agent", lines.knownDetail(known.label, known.value));
    return "answered";
  }
  await io.say("agent", lines.oneMoment(brief.personName));
  const reply = await io.askPerson(question);
  if (reply.code === "answered") {
    await io.say("agent", lines.personSays(brief.personName, reply.answer ?? ""));
    return "answered";
  }
  if (reply.code === "call_ended" || reply.code === "booking_closed") return "call_ended";
  await io.say("agent", lines.cannotReach(brief.personName));
  return "unanswered";
}
