// The intake model interface: one chat turn in, a streamed reply and the updated booking request out.
// Implementations: the offline rule-based extractor (default) and the LLM path (Gemini or OpenAI via the AI SDK).
import type { BookingRequest } from "./booking-request";

export interface ChatHistoryMessage {
  role: "user" | "assistant";
  content: string;
}

export interface IntakeTurnInput {
  /** Earlier turns of this task, oldest first (not including `message`). */
  history: ChatHistoryMessage[];
  /** The booking request as it stands before this turn. */
  current: BookingRequest;
  /** What the person just said. */
  message: string;
  /** The instant "tomorrow", "next week" are relative to. */
  now: Date;
  /** The IANA zone dates are resolved in (the location's, else the person's). */
  timeZone: string;
}

export interface IntakeTurnResult {
  /** The whole reply, as streamed. */
  reply: string;
  /** The updated request: the latest correction wins; fields not mentioned keep their value. */
  request: BookingRequest;
  /** A sentence saying why the person must act (unsupported service, a timeframe in the past...); null when none. */
  attention: string | null;
  /** LLM tokens (input + output) the turn used as the provider reported them; absent offline or unreported. */
  tokensUsed?: number;
  /** The model was asked but failed or timed out, and the offline extractor answered in its place. */
  modelFailed?: boolean;
}

export interface IntakeTurn {
  /** The reply in chunks as it is produced. May be consumed at most once; `result` settles either way. */
  textStream: AsyncIterable<string>;
  result: Promise<IntakeTurnResult>;
}

export interface IntakeModel {
  readonly name: "offline" | "gemini" | "openai";
  /** The most LLM tokens this turn may use (what is reserved from the daily budget before it runs); 0 offline. */
  estimateTokens(input: IntakeTurnInput): number;
  runTurn(input: IntakeTurnInput): IntakeTurn;
}
