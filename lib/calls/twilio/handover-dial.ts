// The hand-over on the scripted Twilio call (issue 16): when the business insists on speaking with the person, the
// call <Dial>s the person's verified number (our Twilio number as caller id) if they allow it now, else says they
// will call back. The Dial's action URL (our signed voice route, with the number and what was asked in its query)
// reports how the transfer ended, and only then is the call's outcome ingested.
import type { HandoverDecision } from "@/lib/calls/handover";
import { handoverCallBackLine, handoverTransferLine } from "@/prompts/handover";
import { sentence } from "@/lib/sentences/sentence";
import { failureOf, summaryOf, type CallOutcomeInput } from "../call-outcome";
import type { CallFacts } from "./call-facts";
import type { HandoverDial } from "./dial-action";
import { close, quote, type Reply, type Turn } from "./turn";

/** The business asked for the person: dial them (the outcome waits for the Dial's end), or promise a call back. */
export function handoverTurn(reply: Reply, decision: HandoverDecision, facts: CallFacts): Turn {
  const asked = reply.speech || quote(reply);
  const name = facts.script.personName;
  if (!decision.allowed) {
    const turn = close(handoverCallBackLine(name, facts.script.language), {
      failure: sentence("failureWantsPerson", { business: facts.script.businessName, person: name }),
    });
    return {
      ...turn,
      outcome: { ...turn.outcome!, handover: { asked, transferred: false, reason: decision.reason } },
    };
  }
  return {
    ...close(handoverTransferLine(name, facts.script.language), { noOutcome: true }),
    dial: { to: decision.number, asked },
  };
}

/** Twilio's DialCallStatus after the person's phone rang: answered (completed), or not. */
export function handoverOutcome(dial: HandoverDial, dialStatus: string, facts: CallFacts): CallOutcomeInput {
  const name = facts.script.personName;
  const business = facts.script.businessName;
  const answered = dialStatus === "completed" || dialStatus === "answered";
  return {
    status: "completed",
    ...(answered
      ? summaryOf("callHandedOver", { person: name, business })
      : summaryOf("callTransferNotAnswered", { business, person: name, status: dialStatus || "no status" })),
    ...failureOf(answered ? "failureHandedOver" : "failureWantsPerson", { business, person: name }),
    handover: {
      asked: dial.asked || "The business asked to speak with the client directly.",
      transferred: answered,
      to: answered ? dial.to : null,
      reason: answered
        ? null
        : `The person's phone did not answer the transfer (${dialStatus || "no status"}).`,
    },
  };
}
