// The person asks to cancel or move their booked appointment (POST /api/booking/{id}/cancel-appointment and
// /reschedule, the booking page's buttons, the chat's confirmation): each places a call, so each is limited like
// confirming an offer and, with a real dialer, needs a verified, consenting account. One path for routes and actions.
import type { Caller } from "@/lib/auth/session";
import { assertMayPlaceCalls } from "@/lib/guardrails/real-call-gate";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { getRuntime } from "@/lib/runtime";
import { cancelAppointment, type CancelAppointmentResult } from "./cancel-appointment";
import { moveAppointment, type MoveAppointmentResult } from "./move-appointment";
import type { MoveRequest } from "./move-window";

interface ChangeRequest {
  caller: Caller;
  request: { headers: Headers };
  bookingId: string;
}

async function mayCall(input: ChangeRequest) {
  await enforceRateLimit("booking", input.request, input.caller.userId);
  const runtime = getRuntime();
  await assertMayPlaceCalls(input.caller, runtime.dialer);
  return runtime;
}

export async function requestCancellation(
  input: ChangeRequest,
): Promise<{ result: CancelAppointmentResult; callQueued: boolean }> {
  const runtime = await mayCall(input);
  return cancelAppointment({ userId: input.caller.userId, bookingId: input.bookingId }, runtime.clock);
}

export async function requestMove(
  input: ChangeRequest & { move: MoveRequest },
): Promise<{ result: MoveAppointmentResult; callQueued: boolean }> {
  const runtime = await mayCall(input);
  return moveAppointment(
    { userId: input.caller.userId, bookingId: input.bookingId, move: input.move },
    runtime.clock,
  );
}
