// How a sentence CallPilot writes for a person is stored (lib/sentences/sentence.ts writes them): its message key
// and its values, a time being the instant and the business's zone. A value may itself be a sentence, quoted inside
// another ("The confirmation call did not book the appointment: Nobody answered the phone."), so each reader's
// language says both.
import { z } from "zod";

export const sentenceTimeSchema = z.object({ instant: z.string().max(40), zone: z.string().max(100) });
export type SentenceTime = z.infer<typeof sentenceTimeSchema>;

export type SentenceValue = string | number | SentenceTime | SentenceTime[] | Sentence;
export type SentenceValues = Record<string, SentenceValue>;
export interface Sentence {
  key: string;
  values: SentenceValues;
}

/** How deep sentences may quote sentences: CallPilot quotes one inside another, never more. */
const maxQuoteDepth = 1;

function sentenceAtDepth(depth: number): z.ZodType<Sentence> {
  const plain = [
    z.string().max(1_000),
    z.number(),
    sentenceTimeSchema,
    z.array(sentenceTimeSchema).max(10),
  ] as const;
  const value =
    depth < maxQuoteDepth ? z.union([...plain, z.lazy(() => sentenceAtDepth(depth + 1))]) : z.union(plain);
  return z.object({
    // Read leniently: a sentence written by an older build under a key since renamed still has its English text.
    key: z.string().max(100),
    values: z.record(z.string(), value).default({}),
  });
}

export const sentenceSchema = sentenceAtDepth(0);
