import { requireCaller } from "@/lib/auth/session";
import { readJson, route } from "@/lib/http/route";
import { getRuntime } from "@/lib/runtime";
import { applyVoiceBookingDetails, voiceBookingDetailsSchema } from "@/lib/voice/booking-details-tool";

type Context = { params: Promise<{ id: string }> };

// POST /api/task/{id}/voice-details – the voice agent's update_booking_details tool: merges what it heard into the task
export const POST = route(async (request, { params }: Context) => {
  const caller = await requireCaller(request.headers);
  const { id } = await params;
  const details = await readJson(request, voiceBookingDetailsSchema);
  return Response.json(
    await applyVoiceBookingDetails({ userId: caller.userId, taskId: id, details }, getRuntime().clock),
  );
});
