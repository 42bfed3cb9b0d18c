// A schema's own validation message that a person may read ("type an answer for the business"), written as a
// sentence: zod gets the English text it needs, and the wrappers answer a failed request in its language by looking
// the text up here (i18n/request-validation.ts). Messages are registered when their schema module loads.
import { sentence, type Sentence, type SentenceKey, type SentenceValue } from "./sentence";

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
