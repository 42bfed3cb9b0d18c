import { z } from "zod";
import { requireCaller } from "@/lib/auth/session";
import { confirmChoice } from "@/lib/booking/confirm-choice";
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

// POST /api/booking/{id}/confirm – book a provider's offered slot (places a confirmation call)
export const POST = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  const { id } = await params;
  const body = await readJson(request, confirmSchema);
  const { result, callQueued } = await confirmChoice(
    { userId: caller.userId, bookingId: id, providerId: body.provider_id, slotStart: body.slot_start },
    getRuntime().clock,
  );
  return Response.json(result, { status: callQueued ? 202 : 200 });
});
