// The person asks to cancel or move their booked appointment (POST /api/booking/{id}/cancel-appointment and
// /reschedule, the booking page's buttons, the chat's confirmation): each places a call, so each is limited like
// confirming an offer and, with a real dialer, needs a verified, consenting account. One path for routes and actions.
import type { Caller } from "@/lib/auth/session";
import { assertMayPlaceCalls } from "@/lib/guardrails/real-call-gate";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { getRuntime } from "@/lib/runtime";
import { cancelAppointment, type CancelAppointmentResult } from "./cancel-appointment";
import { ringsBusinesses } from "@/lib/calls/call-hours";
import { getConfig } from "@/lib/config";
import { moveAppointment, type MoveAppointmentResult } from "./move-appointment";
import type { MoveRequest, RescheduleBody } from "./move-window";
import { startReplacementSearch, type ReplacementSearchResult } from "./replacement-search";

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

/** A move: a call to the same business, or (new_search) a new search for the new window. */
export async function requestMove(
  input: ChangeRequest & { body: RescheduleBody },
): Promise<{ result: MoveAppointmentResult | ReplacementSearchResult; callQueued: boolean }> {
  const runtime = await mayCall(input);
  const { new_search, ...move } = input.body;
  if (new_search) {
    const { result, created } = await startReplacementSearch(
      {
        userId: input.caller.userId,
        bookingId: input.bookingId,
        move,
        callsRealPhones: ringsBusinesses(runtime.dialer, getConfig()),
      },
      runtime.clock,
    );
    return { result, callQueued: created };
  }
  return moveAppointment(
    { userId: input.caller.userId, bookingId: input.bookingId, move: move as MoveRequest },
    runtime.clock,
  );
}
