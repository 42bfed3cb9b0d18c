import { requireCaller } from "@/lib/auth/session";
import { readJson, route } from "@/lib/http/route";
import {
  requestTranscriptTranslation,
  transcriptTranslationBodySchema,
} from "@/lib/calls/translation/transcript-translation-request";

type Context = { params: Promise<{ id: string }> };

// POST /api/booking/{id}/transcript-translations {language} – translate the booking's transcript lines not spoken in
// that language (up to 40 per request; `remaining` says how many wait). The translations arrive as
// transcript_translated events on the booking's stream. state: translated | offline | over_budget | failed.
export const POST = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  const { id } = await params;
  const body = await readJson(request, transcriptTranslationBodySchema);
  return Response.json(await requestTranscriptTranslation({ caller, request, bookingId: id, body }));
});
