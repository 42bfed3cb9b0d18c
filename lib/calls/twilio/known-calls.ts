// This process's memory of live Twilio calls, by call SID: which call it is and the facts its script speaks from.
// Neither changes during a call, and rebuilding them on every webhook (three queries and time-zone arithmetic) cost
// more than the rest of a turn. A restarted or other instance simply rebuilds them from the database.
import type { CallRef } from "../ingestion";
import type { CallFacts } from "./call-facts";

export interface KnownCall {
  call: CallRef;
  facts: CallFacts;
}

const maxKnownCalls = 5_000;
const knownKey = Symbol.for("callpilot.twilio.knownCalls");
type Holder = { [knownKey]?: Map<string, KnownCall> };

function known(): Map<string, KnownCall> {
  const holder = globalThis as Holder;
  holder[knownKey] ??= new Map();
  return holder[knownKey];
}

export function recallCall(callSid: string): KnownCall | undefined {
  return known().get(callSid);
}

export function rememberCall(callSid: string, entry: KnownCall): void {
  const calls = known();
  calls.set(callSid, entry);
  // Calls normally leave when their script ends; this only bounds what abandoned calls can hold.
  if (calls.size > maxKnownCalls) calls.delete(calls.keys().next().value!);
}

export function forgetCall(callSid: string): void {
  known().delete(callSid);
}
