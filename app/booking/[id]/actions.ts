// The live booking page's server actions: book an offer, answer a receptionist's live question, stop looking,
// cancel or move the booked appointment by phone, and translate the calls' transcripts. Each runs exactly what its
// REST twin runs (app/api/booking/[id]/…), through the same lib/ function.
"use server";

import { actionTranslator } from "@/i18n/server-translator";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requestCancellation, requestMove } from "@/lib/booking/appointment-change-requests";
import { cancelBooking } from "@/lib/booking/cancel-booking";
import { chooseOffer, chooseOfferBodySchema } from "@/lib/booking/choose-offer";
import { personAction, withMessage } from "@/lib/actions/server-action";
import { answerBodySchema, answerQuestion } from "@/lib/calls/questions/answer-question";
import {
  requestTranscriptTranslation,
  transcriptTranslationBodySchema,
} from "@/lib/calls/translation/transcript-translation-request";
import { getRuntime } from "@/lib/runtime";
import { validationMessage } from "@/lib/sentences/validation-message";

const bookingId = z.string().min(1).max(100);
const bookingPage = (id: string) => `/booking/${encodeURIComponent(id)}`;

/** "Book this": twin of POST /api/booking/{id}/confirm (rate limit, real-call gate, ownership). */
export const confirmOffer = personAction(
  chooseOfferBodySchema.extend({ booking_id: bookingId }),
  async ({ booking_id, ...body }, { caller, request }) => {
    const { result } = await chooseOffer({ caller, request, bookingId: booking_id, body });
    revalidatePath(bookingPage(booking_id));
    return result;
  },
);

/** The answer box of a live question: twin of POST /api/booking/{id}/questions/{question_id}/answer. */
export const answerLiveQuestion = personAction(
  answerBodySchema.extend({ booking_id: bookingId, question_id: z.string().min(1).max(100) }),
  async (input, { caller, request }) => {
    const question = await answerQuestion(
      {
        userId: caller.userId,
        bookingId: input.booking_id,
        questionId: input.question_id,
        answer: input.answer,
      },
      getRuntime().clock,
    );
    revalidatePath(bookingPage(input.booking_id));
    return withMessage(question, (await actionTranslator(request, "actionResults"))("answerSent"));
  },
);

/** "Stop calling": twin of POST /api/booking/{id}/cancel. */
export const cancelBookingRequest = personAction(
  z.object({ booking_id: bookingId }),
  async (input, { caller, request }) => {
    const canceled = await cancelBooking(
      { userId: caller.userId, bookingId: input.booking_id },
      getRuntime().clock,
    );
    revalidatePath(bookingPage(input.booking_id));
    return withMessage(canceled, (await actionTranslator(request, "actionResults"))("callsStopped"));
  },
);

/** "Cancel appointment": twin of POST /api/booking/{id}/cancel-appointment. */
export const cancelAppointmentByPhone = personAction(
  z.object({ booking_id: bookingId }),
  async (input, { caller, request }) => {
    const { result } = await requestCancellation({ caller, request, bookingId: input.booking_id });
    revalidatePath(bookingPage(input.booking_id));
    const t = await actionTranslator(request, "actionResults");
    return withMessage(result, t(result.status === "cancelled" ? "cancellationConfirmed" : "cancelling"));
  },
);

/** "Move it": twin of POST /api/booking/{id}/reschedule { timeframe }. */
export const moveAppointmentByPhone = personAction(
  z.object({
    booking_id: bookingId,
    timeframe: z.string().trim().min(1, validationMessage("validationSayWhenInstead")).max(200),
  }),
  async (input, { caller, request }) => {
    const { result } = await requestMove({
      caller,
      request,
      bookingId: input.booking_id,
      body: { timeframe: input.timeframe },
    });
    revalidatePath(bookingPage(input.booking_id));
    return withMessage(result, (await actionTranslator(request, "actionResults"))("moving"));
  },
);

/** "Search other businesses": twin of POST /api/booking/{id}/reschedule { new_search: true }. */
export const searchForReplacement = personAction(
  z.object({ booking_id: bookingId }),
  async (input, { caller, request }) => {
    const { result } = await requestMove({
      caller,
      request,
      bookingId: input.booking_id,
      body: { new_search: true },
    });
    revalidatePath(bookingPage(input.booking_id));
    return withMessage(result, (await actionTranslator(request, "actionResults"))("newSearch"));
  },
);

/**
 * The page asks for its transcript in the language it is read in: twin of POST
 * /api/booking/{id}/transcript-translations. The translations arrive on the live stream; no revalidation needed.
 */
export const translateTranscriptLines = personAction(
  transcriptTranslationBodySchema.extend({ booking_id: bookingId }),
  async ({ booking_id, ...body }, { caller, request }) =>
    requestTranscriptTranslation({ caller, request, bookingId: booking_id, body }),
);
