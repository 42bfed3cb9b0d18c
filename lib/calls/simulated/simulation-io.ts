// What a simulated call can do on the line: speak, pause, report its progress, use the agent's tools (the same
// check_availability / request_booking / ask_client every dialer uses) and end with a normalised outcome.
import type { ToolAnswer } from "@/lib/booking/in-call-tools";
import type { CallOutcomeInput } from "@/lib/calls/call-outcome";
import type { AskPersonAnswer } from "@/lib/calls/questions/ask-person";
import type { Sentence } from "@/lib/sentences/sentence-schema";

export interface SimulationIO {
  /** The silence between two turns of the conversation. */
  pause(): Promise<void>;
  status(status: "ringing" | "answered"): Promise<void>;
  /**
   * system: what happened on the line rather than what was said (a key pressed on a phone menu), with the sentence
   * it was written as, so the person's page says it in their language.
   */
  say(role: "agent" | "business" | "system", text: string, sentence?: Sentence): Promise<void>;
  checkAvailability(start: Date): Promise<ToolAnswer>;
  requestBooking(start: Date): Promise<ToolAnswer>;
  /** ask_client: puts a receptionist's question to the person and waits (bounded) for the answer. */
  askPerson(question: string): Promise<AskPersonAnswer>;
  finish(outcome: CallOutcomeInput): Promise<void>;
}
