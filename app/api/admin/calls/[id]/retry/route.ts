import { adminRoute } from "@/lib/admin/admin-route";
import { actorOf } from "@/lib/admin/audit-actions";
import { retryCall } from "@/lib/admin/bookings/booking-actions";
import { getRuntime } from "@/lib/runtime";

type Context = { params: Promise<{ id: string }> };

// POST /api/admin/calls/{id}/retry – queue a new attempt of a failed or unanswered call now (audited)
export const POST = adminRoute(async (_request, { params }: Context, admin) => {
  const { id } = await params;
  const { call, replacedCallIds } = await retryCall(id, actorOf(admin), getRuntime().clock);
  return Response.json(
    {
      call_id: call.id,
      booking_id: call.bookingId,
      attempt: call.attempt,
      status: call.status,
      previous_call_id: call.previousCallId,
      replaced_call_ids: replacedCallIds,
    },
    { status: 201 },
  );
});
