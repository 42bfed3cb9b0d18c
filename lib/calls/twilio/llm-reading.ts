// Reads a business's reply with the configured LLM (AI SDK structured output). Someone is waiting on the line, so
// the model gets a few seconds at most; if it fails or answers nonsense, the offline rules read the reply instead.
import { generateText, Output, type LanguageModel } from "ai";
import { DateTime } from "luxon";
import { logger } from "@/lib/logger";
import { renderTwilioReplyPrompt } from "@/prompts/twilio-reply";
import { readReplyOffline } from "./offline-reading";
import { replyReadingSchema, type ReplyReader, type ReplyReading } from "./reply-reading";

export interface LlmReplyReaderOptions {
  name: "gemini" | "openai";
  model: LanguageModel;
  timeoutMs?: number;
}

export function createLlmReplyReader(options: LlmReplyReaderOptions): ReplyReader {
  const timeoutMs = options.timeoutMs ?? 5_000;
  return {
    name: options.name,
    async read(context) {
      if (context.speech === "") return readReplyOffline(context);
      try {
        const { output } = await generateText({
          model: options.model,
          ...renderTwilioReplyPrompt({
            today: DateTime.fromJSDate(context.now, { zone: context.timeZone })
              .setLocale("en-GB")
              .toFormat("cccc d LLLL yyyy, HH:mm"),
            timeZone: context.timeZone,
            availability: context.availability,
            lastPrompt: context.lastPrompt,
            speech: context.speech,
            digits: context.digits,
            language: context.language,
          }),
          output: Output.object({ schema: replyReadingSchema, name: "reply_reading" }),
          timeout: timeoutMs,
          maxRetries: 0,
        });
        return usable(output) ?? readReplyOffline(context);
      } catch (error) {
        logger.warn("the reply model failed; the offline rules read this reply", {
          model: options.name,
          error,
        });
        return readReplyOffline(context);
      }
    },
  };
}

/** An offer must name a real day or time; anything else the model says is taken as read. */
function usable(reading: ReplyReading): ReplyReading | null {
  if (reading.intent !== "offer") return { ...reading, date: null, time: null };
  const dateOk = reading.date === null || DateTime.fromISO(reading.date).isValid;
  const timeOk = reading.time === null || DateTime.fromISO(`2000-01-01T${reading.time}`).isValid;
  if (!dateOk || !timeOk || (reading.date === null && reading.time === null)) return null;
  return reading;
}
