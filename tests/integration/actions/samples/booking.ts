// Samples for the server actions of the request page (app/chat) and the live booking page (app/booking/[id]): each
// builds a task or booking owned by the sample's owner, in a state where the owner's call is allowed through the
// permission checks (it may still be refused for the state, e.g. a task not ready to call: a conflict, never a 404).
import { getCall } from "@/db/calls";
import { seedDemoDirectory } from "@/db/providers";
import { startQuestion } from "@/lib/calls/questions/ask-person";
import { systemClock } from "@/lib/clock";
import { startTask } from "@/lib/intake/tasks";
import { createBookingWithProviderCalls } from "../../support/booking-fixtures";
import type { ActionSamples } from "./types";

async function ownersTask(ownerId: string): Promise<string> {
  return (await startTask({ userId: ownerId, timeZone: "America/New_York" }, systemClock)).id;
}

async function ownersBooking(ownerId: string, status?: "in_progress") {
  await seedDemoDirectory();
  return createBookingWithProviderCalls({
    userId: ownerId,
    callCount: 1,
    mode: "review",
    now: new Date(),
    status,
  });
}

export const samples: ActionSamples = {
  "app/chat/actions.ts#startNewTask": {
    prepare: async () => ({ time_zone: "America/New_York" }),
  },
  "app/chat/[taskId]/actions.ts#saveSummary": {
    ownedResource: true,
    prepare: async ({ ownerId }) => ({ task_id: await ownersTask(ownerId), location: "Cambridge MA" }),
  },
  "app/chat/[taskId]/actions.ts#callProviders": {
    ownedResource: true,
    // A task with nothing extracted yet: the owner hears what is missing (409), nobody is called.
    prepare: async ({ ownerId }) => ({ task_id: await ownersTask(ownerId), swarm_size: "2", mode: "auto" }),
  },
  "app/booking/[id]/actions.ts#confirmOffer": {
    ownedResource: true,
    // The provider was called but offered nothing yet: the owner hears so (409).
    prepare: async ({ ownerId }) => {
      const booking = await ownersBooking(ownerId);
      const call = await getCall(booking.callIds[0]);
      return { booking_id: booking.bookingId, provider_id: call!.providerId };
    },
  },
  "app/booking/[id]/actions.ts#answerLiveQuestion": {
    ownedResource: true,
    prepare: async ({ ownerId }) => {
      const booking = await ownersBooking(ownerId, "in_progress");
      const started = await startQuestion(
        { callId: booking.callIds[0], question: "What is the patient's date of birth?" },
        systemClock,
      );
      if (started.code !== "waiting") throw new Error("the sample question was not put to the person");
      return { booking_id: booking.bookingId, question_id: started.question.id, answer: "4 May 1990" };
    },
  },
  // A booking without an appointment: the owner hears it cannot be cancelled or moved (409), nobody is called.
  "app/booking/[id]/actions.ts#cancelAppointmentByPhone": {
    ownedResource: true,
    prepare: async ({ ownerId }) => ({ booking_id: (await ownersBooking(ownerId)).bookingId }),
  },
  "app/booking/[id]/actions.ts#moveAppointmentByPhone": {
    ownedResource: true,
    prepare: async ({ ownerId }) => ({
      booking_id: (await ownersBooking(ownerId)).bookingId,
      timeframe: "next week",
    }),
  },
  "app/booking/[id]/actions.ts#searchForReplacement": {
    ownedResource: true,
    prepare: async ({ ownerId }) => ({ booking_id: (await ownersBooking(ownerId)).bookingId }),
  },
  // Offline (no LLM in tests) and nothing spoken yet: the owner hears there is nothing to translate.
  "app/booking/[id]/actions.ts#translateTranscriptLines": {
    ownedResource: true,
    prepare: async ({ ownerId }) => ({
      booking_id: (await ownersBooking(ownerId)).bookingId,
      language: "es",
    }),
  },
  "app/booking/[id]/actions.ts#cancelBookingRequest": {
    ownedResource: true,
    prepare: async ({ ownerId }) => ({ booking_id: (await ownersBooking(ownerId)).bookingId }),
  },
};
