import { z } from "zod";
import { requireCaller } from "@/lib/auth/session";
import { confirmChoice } from "@/lib/booking/confirm-choice";
import { assertMayPlaceCalls } from "@/lib/guardrails/real-call-gate";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { readJson, route } from "@/lib/http/route";
import { isoInstantSchema } from "@/lib/intake/booking-request";
import { getRuntime } from "@/lib/runtime";

const confirmSchema = z
  .object({
    provider_id: z.string().min(1).max(100),
    slot_start: isoInstantSchema
      .optional()
      .describe("Which of the provider's offers; its best fitting offer when omitted."),
  })
  .strict();

type Context = { params: Promise<{ id: string }> };

// POST /api/booking/{id}/confirm – book a provider's offered slot (places a confirmation call). Limited like a
// booking request (it places a call), and with a real dialer only for a verified, consenting account (403 otherwise).
export const POST = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  await enforceRateLimit("booking", request, caller.userId);
  const { id } = await params;
  const body = await readJson(request, confirmSchema);
  const runtime = getRuntime();
  await assertMayPlaceCalls(caller, runtime.dialer);
  const { result, callQueued } = await confirmChoice(
    { userId: caller.userId, bookingId: id, providerId: body.provider_id, slotStart: body.slot_start },
    runtime.clock,
  );
  return Response.json(result, { status: callQueued ? 202 : 200 });
});
