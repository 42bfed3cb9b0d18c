// Shared set-up of the live-question tests: a signed-in person who owns a booking with one call in progress, and
// the person's answer through the real route.
import { POST as postAnswer } from "@/app/api/booking/[id]/questions/[questionId]/answer/route";
import { getCaller } from "@/lib/auth/session";
import { anonymousSession, jsonRequest, params } from "../helpers";
import { createBookingWithProviderCalls } from "./booking-fixtures";

export interface Person {
  cookie: string;
  userId: string;
}

export async function signedInPerson(): Promise<Person> {
  const cookie = await anonymousSession();
  const caller = await getCaller(new Headers({ cookie, host: "127.0.0.1:3000" }));
  if (!caller) throw new Error("the anonymous session did not sign in");
  return { cookie, userId: caller.userId };
}

/** A booking of this person with one call (to the first demo dentist) in progress. */
export async function bookingWithLiveCall(person: Person): Promise<{ bookingId: string; callId: string }> {
  const { bookingId, callIds } = await createBookingWithProviderCalls({
    userId: person.userId,
    callCount: 1,
    mode: "auto",
    now: new Date(),
    status: "in_progress",
  });
  return { bookingId, callId: callIds[0] };
}

export async function answerAs(
  person: Person | null,
  bookingId: string,
  questionId: string,
  answer: unknown,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await postAnswer(
    jsonRequest(`/api/booking/${bookingId}/questions/${questionId}/answer`, {
      cookie: person?.cookie,
      body: { answer },
    }),
    params({ id: bookingId, questionId }),
  );
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}
