// How a sentence CallPilot writes for a person is stored (lib/sentences/sentence.ts writes them): its message key
// and its values, a time being the instant and the business's zone.
import { z } from "zod";

export const sentenceTimeSchema = z.object({ instant: z.string().max(40), zone: z.string().max(100) });
export type SentenceTime = z.infer<typeof sentenceTimeSchema>;

export const sentenceSchema = z.object({
  // Read leniently: a sentence written by an older build under a key since renamed still has its English text.
  key: z.string().max(100),
  values: z
    .record(
      z.string(),
      z.union([z.string().max(1_000), z.number(), sentenceTimeSchema, z.array(sentenceTimeSchema).max(10)]),
    )
    .default({}),
});
export type Sentence = z.infer<typeof sentenceSchema>;
export type SentenceValues = Sentence["values"];
