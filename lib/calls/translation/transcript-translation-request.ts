// POST /api/booking/{id}/transcript-translations and the booking page's server action: the person asks for the
// booking's transcript in the language they read it in. Owner only (404 otherwise), rate-limited, and paid from the
// person's daily LLM token budget. One path for the route and the action.
import { z } from "zod";
import type { Caller } from "@/lib/auth/session";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { callLanguageSchema } from "@/lib/providers/provider-language";
import { getRuntime } from "@/lib/runtime";
import { translateTranscript, type TranslationResult } from "./translate-transcript";

export const transcriptTranslationBodySchema = z
  .object({
    language: callLanguageSchema.describe("The language to put the lines into (the page's language)."),
  })
  .strict();
export type TranscriptTranslationBody = z.infer<typeof transcriptTranslationBodySchema>;

export async function requestTranscriptTranslation(input: {
  caller: Caller;
  request: { headers: Headers };
  bookingId: string;
  body: TranscriptTranslationBody;
}): Promise<TranslationResult> {
  await enforceRateLimit("translation", input.request, input.caller.userId);
  const runtime = getRuntime();
  return translateTranscript(
    { userId: input.caller.userId, bookingId: input.bookingId, language: input.body.language },
    { translator: runtime.transcriptTranslator, clock: runtime.clock },
  );
}
