// Plays Twilio's side of a call the stub created: status callbacks (initiated, ringing, answered, then the final
// status) and, when someone "answers", the voice webhook conversation: fetch our TwiML with AnsweredBy, read what
// we say, and post the receptionist's replies to each Gather's action as SpeechResult or Digits. Every request is
// signed with the auth token exactly as Twilio signs it (the SDK's getExpectedTwilioSignature).
import twilio from "twilio";
import type { StubCall } from "./twilio-stub";

export interface Delivery {
  status: number;
  body: string;
}
/** How a signed webhook reaches the app: fetch for a running server, a direct handler call in route tests. */
export type Deliver = (url: string, params: Record<string, string>, signature: string) => Promise<Delivery>;

export const deliverOverHttp: Deliver = async (url, params, signature) => {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-twilio-signature": signature },
    body: new URLSearchParams(params),
  });
  return { status: response.status, body: await response.text() };
};

export type ReceptionistReply = { speech?: string; digits?: string } | "hang_up";

export interface ReceptionistScript {
  /** Who or what picks up; the first three end the call without a conversation. */
  answer: "no_answer" | "busy" | "failed" | "human" | "machine" | "fax";
  /**
   * The receptionist's reply to what CallPilot just said (turn counts replies from 0); `pressed` holds the keys
   * CallPilot played (TwiML Play digits) before it, for a phone menu.
   */
  reply?: (said: string, turn: number, pressed: string | null) => ReceptionistReply;
  /** Called before each <Redirect> is followed while CallPilot holds the line (n counts from 0). */
  onHold?: (n: number) => Promise<void>;
  /** How a <Dial> to this number ends, as Twilio's DialCallStatus (default completed: the person answered). */
  dialed?: (number: string) => string;
}

/**
 * A business behind a phone menu: the menu plays until CallPilot presses `desk.key`, which reaches a desk that
 * answers `desk.greeting` and then talks as `desk.talk`; any other key reaches `otherKey`. Every press (or none) is
 * pushed to `presses`.
 */
export function behindPhoneMenu(
  menu: string,
  desk: { key: string; greeting: string; otherKey: string; talk: (said: string) => ReceptionistReply },
  presses: (string | null)[],
): ReceptionistScript {
  let atDesk = false;
  return {
    answer: "human",
    reply: (said, _turn, pressed) => {
      presses.push(pressed);
      if (pressed === desk.key) {
        atDesk = true;
        return { speech: desk.greeting };
      }
      if (pressed) return { speech: desk.otherKey };
      return atDesk ? desk.talk(said) : { speech: menu };
    },
  };
}

export interface PlayedCall {
  /** What was said, in order: "caller: ..." for CallPilot, "receptionist: ..." for the stub. */
  lines: string[];
  /** Every TwiML document CallPilot answered with. */
  twiml: string[];
}

export interface PlayOptions {
  authToken: string;
  deliver: Deliver;
  /** The silence before each reply and status change, like a real line (0 in route tests). */
  pauseMs?: number;
  maxTurns?: number;
}

export async function playCall(
  call: StubCall,
  script: ReceptionistScript,
  options: PlayOptions,
): Promise<PlayedCall> {
  const played: PlayedCall = { lines: [], twiml: [] };
  const pause = () => new Promise((resolve) => setTimeout(resolve, options.pauseMs ?? 0));
  const base = {
    CallSid: call.sid,
    AccountSid: call.accountSid,
    From: call.from,
    To: call.to,
    Direction: "outbound-api",
    ApiVersion: "2010-04-01",
  };
  const post = async (url: string, params: Record<string, string>) => {
    const all = { ...base, ...params };
    const delivery = await options.deliver(
      url,
      all,
      twilio.getExpectedTwilioSignature(options.authToken, url, all),
    );
    if (delivery.status >= 400) throw new Error(`POST ${url} answered ${delivery.status}: ${delivery.body}`);
    return delivery;
  };
  let sequence = 0;
  const status = async (callStatus: string, extra: Record<string, string> = {}) => {
    if (!call.statusCallback) return;
    await post(call.statusCallback, {
      CallStatus: callStatus,
      CallbackSource: "call-progress-events",
      SequenceNumber: String(sequence++),
      Timestamp: new Date().toUTCString(),
      ...extra,
    });
  };

  await status("initiated");
  await pause();
  await status("ringing");
  await pause();
  if (script.answer === "no_answer" || script.answer === "busy" || script.answer === "failed") {
    await status(script.answer === "no_answer" ? "no-answer" : script.answer, { CallDuration: "0" });
    return played;
  }
  const answeredBy = script.answer === "machine" ? "machine_end_beep" : script.answer;
  await status("in-progress", { AnsweredBy: answeredBy });
  let response = await post(call.url, { CallStatus: "in-progress", AnsweredBy: answeredBy });
  let holds = 0;
  for (let turn = 0; turn < (options.maxTurns ?? 20); turn++) {
    played.twiml.push(response.body);
    let said = spokenText(response.body);
    const pressed = playedDigits(response.body);
    if (pressed) played.lines.push(`caller: (pressed ${pressed})`);
    if (said) played.lines.push(`caller: ${said}`);
    let action = gatherAction(response.body);
    // On hold (<Pause> then <Redirect>): Twilio fetches the redirect's TwiML when the pause ends.
    for (let redirect = redirectTarget(response.body); !action && redirect;) {
      await script.onHold?.(holds++);
      await pause();
      response = await post(redirect, { CallStatus: "in-progress" });
      played.twiml.push(response.body);
      said = spokenText(response.body);
      if (said) played.lines.push(`caller: ${said}`);
      action = gatherAction(response.body);
      redirect = redirectTarget(response.body);
    }
    // <Dial>: Twilio rings the number, bridges the call, then posts the Dial's outcome to its action URL.
    const dial = dialOf(response.body);
    if (!action && dial) {
      played.lines.push(`caller: (dials ${dial.number})`);
      await pause();
      response = await post(dial.action, {
        CallStatus: "in-progress",
        DialCallStatus: script.dialed?.(dial.number) ?? "completed",
        DialCallSid: `CA${"d".repeat(32)}`,
        DialCallDuration: "30",
      });
      continue;
    }
    if (!action) break;
    const reply = script.reply?.(said, turn, pressed) ?? "hang_up";
    if (reply === "hang_up") break;
    played.lines.push(`receptionist: ${reply.speech ?? `(pressed ${reply.digits})`}`);
    await pause();
    const answer: Record<string, string> = { CallStatus: "in-progress" };
    if (reply.speech) Object.assign(answer, { SpeechResult: reply.speech, Confidence: "0.92" });
    if (reply.digits) answer.Digits = reply.digits;
    response = await post(action, answer);
  }
  await pause();
  await status("completed", { CallDuration: "42", AnsweredBy: answeredBy });
  return played;
}

/** The text of every <Say> in a TwiML document. */
export function spokenText(twiml: string): string {
  return [...twiml.matchAll(/<Say[^>]*>([\s\S]*?)<\/Say>/g)].map((m) => unescapeXml(m[1])).join(" ");
}

/** The keys of the document's <Play digits="...">, or null when it plays none. */
export function playedDigits(twiml: string): string | null {
  const match = /<Play[^>]*\sdigits="([^"]*)"/.exec(twiml);
  return match ? unescapeXml(match[1]) : null;
}

/** The URL of the document's <Redirect>, or null when it has none. */
export function redirectTarget(twiml: string): string | null {
  const match = /<Redirect[^>]*>([\s\S]*?)<\/Redirect>/.exec(twiml);
  return match ? unescapeXml(match[1].trim()) : null;
}

/** The document's <Dial>: its action URL, caller id, timeout and the number it dials; null when it has none. */
export function dialOf(
  twiml: string,
): { action: string; callerId: string | null; timeout: string | null; number: string } | null {
  const match = /<Dial([^>]*)>\s*<Number[^>]*>([\s\S]*?)<\/Number>\s*<\/Dial>/.exec(twiml);
  if (!match) return null;
  const attribute = (name: string) => {
    const found = new RegExp(`\\s${name}="([^"]*)"`).exec(match[1]);
    return found ? unescapeXml(found[1]) : null;
  };
  return {
    action: attribute("action") ?? "",
    callerId: attribute("callerId"),
    timeout: attribute("timeout"),
    number: unescapeXml(match[2].trim()),
  };
}

/** The action URL of the document's <Gather>, or null when it hangs up instead. */
export function gatherAction(twiml: string): string | null {
  const match = /<Gather[^>]*\saction="([^"]*)"/.exec(twiml);
  return match ? unescapeXml(match[1]) : null;
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
