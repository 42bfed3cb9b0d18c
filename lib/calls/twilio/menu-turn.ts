// The scripted call's answer to a phone menu: while it is still waiting for a person (the greeting step), a reply
// that is a menu ("for appointments, press 2") gets the keys for the booking option, then the call listens again;
// the first reply after a press is the person the menu put through, who hears the greeting again.
import type { TwimlSession } from "@/db/twiml-sessions";
import { sentence, type WrittenSentence } from "@/lib/sentences/sentence";
import { twilioScriptFor } from "@/prompts/languages/twilio-script-for";
import type { CallFacts } from "./call-facts";
import { phoneMenuChoice } from "../phone-menu";
import { close, listen, type Reply, type Turn } from "./turn";

/** A menu that loops back after this many presses never reaches a person. */
export const maxMenuPresses = 3;

export interface MenuTurn extends Turn {
  /** A transcript line saying which key was pressed and why. */
  note: WrittenSentence | null;
}

export function phoneMenuTurn(session: TwimlSession, reply: Reply, facts: CallFacts): MenuTurn | null {
  if (session.step !== "greeting") return null;
  const choice = phoneMenuChoice(reply.speech, facts.script.language);
  if (choice) {
    if (session.menuPresses >= maxMenuPresses) {
      return {
        ...close(null, {
          failure: sentence("failureMenuNoPerson", { count: session.menuPresses }),
        }),
        note: null,
      };
    }
    return {
      ...listen("", { menuPresses: session.menuPresses + 1, menuPressedTurn: session.turn + 1 }),
      say: null,
      digits: choice.digits,
      listenSeconds: 10,
      note: sentence("noteMenuKeyPressed", { digits: choice.digits, option: choice.option }),
    };
  }
  if (session.menuPressedTurn !== null && session.menuPressedTurn === session.turn) {
    // Whoever the menu put through picks up ("reception, how can I help?"): introduce the call again.
    return { ...listen(twilioScriptFor(facts.script.language).greeting(facts.script), {}), note: null };
  }
  return null;
}
