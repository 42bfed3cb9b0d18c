import { requestLocale } from "@/i18n/locales";
import { requireCaller } from "@/lib/auth/session";
import { consentRequestSchema, giveConsent } from "@/lib/guardrails/consent";
import { readJson, route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

// POST /api/account/consent – the person agrees, once, that CallPilot may call businesses on their behalf
export const POST = route(async (request) => {
  const caller = await requireCaller(request.headers);
  const body = await readJson(request, consentRequestSchema);
  return Response.json(
    await giveConsent(caller, body.version, requestLocale(request.headers), getRuntime().clock),
    { status: 201 },
  );
});
