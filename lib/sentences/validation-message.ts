// A schema's own validation message that a person may read ("type an answer for the business"), written as a
// sentence: zod gets the English text it needs, and the wrappers answer a failed request in its language by looking
// the text up here (i18n/request-validation.ts). Messages are registered when their schema module loads.
import type { ZodError } from "zod";
import {
  sentence,
  type Sentence,
  type SentenceKey,
  type SentenceValue,
  type WrittenSentence,
} from "./sentence";

const byEnglishText = new Map<string, Sentence>();

/** The English text for the schema, remembered with its sentence. */
export function validationMessage(key: SentenceKey, values: Record<string, SentenceValue> = {}): string {
  const written = sentence(key, values);
  byEnglishText.set(written.text, written.sentence);
  return written.text;
}

/** The sentence a schema's message was written as; null for zod's own messages and untranslated ones. */
export function sentenceOfValidationMessage(text: string): Sentence | null {
  return byEnglishText.get(text) ?? null;
}

/**
 * "Invalid request — code: Type the 6 digits of the code we sent.": a failed validation named by its first issue,
 * `message` being that issue's words (as zod or the schema wrote them, or already in the reader's language).
 */
export function invalidRequest(error: ZodError, message = error.issues[0].message): WrittenSentence {
  const first = error.issues[0];
  const where = first.path.length > 0 ? `${first.path.join(".")}: ` : "";
  return sentence("errorInvalidRequest", { where, message: message.replace(/\.$/, "") });
}
