// Live questions on the scripted Twilio call: a receptionist's question the script cannot answer is put to the person
// (lib/calls/questions/ask-client.ts) while the line holds — "one moment please", then <Pause> and a <Redirect> back
// to our signed voice route, a bounded number of times — and the answer is read out, or the client will call back.
// The poll count travels in the redirect's (signed) URL, so no instance keeps any state between the polls.
import {
  checkAnswer,
  giveUpWaiting,
  type AskPersonAnswer,
  type StartedQuestion,
} from "@/lib/calls/questions/ask-person";
import { twilioMaxPolls } from "@/lib/calls/questions/wait-limits";
import type { Clock } from "@/lib/clock";
import { twilioScriptFor } from "@/prompts/languages/twilio-script-for";
import type { CallFacts } from "./call-facts";
import { sentence } from "@/lib/sentences/sentence";
import { close, listen, type Turn } from "./turn";

/** Which question a redirected request polls for, and how many times it has polled. */
export interface HoldPoll {
  questionId: string;
  poll: number;
}

/** The hold's query parameters on our voice URL: ?question=qst_…&poll=2. */
export function holdPollFrom(url: URL): HoldPoll | null {
  const questionId = url.searchParams.get("question");
  const poll = Number(url.searchParams.get("poll"));
  if (!questionId || !Number.isInteger(poll) || poll < 0) return null;
  return { questionId, poll };
}

/** Questions about the client (theirs to answer); anything else the script still cannot answer ends the call. */
const aboutThePerson =
  /\b(insurance|insurer|policy|member (?:id|number)|date of birth|birth ?date|birthday|d\.?o\.?b|born|pet|dog|cat|call ?back|phone number|contact number|address|e-?mail|allerg\w*|medication|(?:their|his|her|the patient's|the client's) name)\b/i;

export function isQuestionForThePerson(speech: string): boolean {
  return aboutThePerson.test(speech);
}

/** The business asked something only the client knows: ask the client, or answer from their profile at once. */
export async function questionTurn(
  question: string,
  facts: CallFacts,
  startQuestion: (question: string) => Promise<StartedQuestion>,
): Promise<Turn> {
  const started = await startQuestion(question);
  if (started.code === "waiting") {
    return {
      ...listen(twilioScriptFor(facts.script.language).oneMoment(facts.script), {}),
      listen: false,
      hold: { questionId: started.question.id, poll: 0 },
    };
  }
  return replyTurn(started.reply, question, facts);
}

/** One poll while the business holds: the answer, another <Pause>, or — when the polls run out — a call back. */
export async function holdTurn(
  hold: HoldPoll,
  question: string,
  facts: CallFacts,
  clock: Clock,
): Promise<Turn | null> {
  const reply = await checkAnswer(hold.questionId, clock);
  if (reply) return replyTurn(reply, question, facts);
  const next = hold.poll + 1;
  if (next < twilioMaxPolls) return null;
  return replyTurn(await giveUpWaiting(hold.questionId, clock), question, facts);
}

function replyTurn(reply: AskPersonAnswer, question: string, facts: CallFacts): Turn {
  if (reply.code === "answered")
    return listen(
      twilioScriptFor(facts.script.language).personAnswered(facts.script, reply.answer ?? ""),
      {},
    );
  if (reply.code === "call_ended") return close(null, { noOutcome: true });
  if (reply.code === "booking_closed") {
    return close(twilioScriptFor(facts.script.language).bookedElsewhere(facts.script), {
      summary: sentence("callNotBookedElsewhere"),
    });
  }
  return close(twilioScriptFor(facts.script.language).personWillCallBack(facts.script), {
    failure: sentence("failureQuestionUnanswered", { question, person: facts.script.personName }),
  });
}
