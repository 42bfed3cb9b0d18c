import { z } from "zod";
import { requireCaller } from "@/lib/auth/session";
import { giveConsent } from "@/lib/guardrails/consent";
import { readJson, route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";

const consentSchema = z
  .object({
    version: z.string().min(1).max(50).describe("The version of the consent text the person was shown."),
  })
  .strict();

// POST /api/account/consent – the person agrees, once, that CallPilot may call businesses on their behalf
export const POST = route(async (request) => {
  const caller = await requireCaller(request.headers);
  const body = await readJson(request, consentSchema);
  return Response.json(await giveConsent(caller, body.version, getRuntime().clock), { status: 201 });
});
