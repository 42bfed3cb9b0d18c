// The person books one provider's offer (POST /api/booking/{id}/confirm, "Book this"): limited like a booking
// request since it places a call, and with a real dialer only for a verified, consenting account. One path for the
// route and the server action.
import { z } from "zod";
import type { Caller } from "@/lib/auth/session";
import { assertMayPlaceCalls } from "@/lib/guardrails/real-call-gate";
import { enforceRateLimit } from "@/lib/http/rate-limit";
import { isoInstantSchema } from "@/lib/intake/booking-request";
import { getRuntime } from "@/lib/runtime";
import { confirmChoice, type ConfirmResult } from "./confirm-choice";

/** The body of POST /api/booking/{id}/confirm. */
export const chooseOfferBodySchema = z
  .object({
    provider_id: z.string().min(1).max(100),
    slot_start: isoInstantSchema
      .optional()
      .describe("Which of the provider's offers; its best fitting offer when omitted."),
  })
  .strict();
export type ChooseOfferBody = z.infer<typeof chooseOfferBodySchema>;

export async function chooseOffer(input: {
  caller: Caller;
  request: { headers: Headers };
  bookingId: string;
  body: ChooseOfferBody;
}): Promise<{ result: ConfirmResult; callQueued: boolean }> {
  const { caller, body } = input;
  await enforceRateLimit("booking", input.request, caller.userId);
  const runtime = getRuntime();
  await assertMayPlaceCalls(caller, runtime.dialer);
  return confirmChoice(
    {
      userId: caller.userId,
      bookingId: input.bookingId,
      providerId: body.provider_id,
      slotStart: body.slot_start,
    },
    runtime.clock,
  );
}
