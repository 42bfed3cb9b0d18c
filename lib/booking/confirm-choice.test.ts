import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { createBookingWithCalls, getBooking } from "@/db/bookings";
import { getCall, listCallsForBooking, releaseClaim } from "@/db/calls";
import { getDb } from "@/db/client";
import { seedDemoDirectory } from "@/db/providers";
import { calls, user } from "@/db/schema";
import { failureOf } from "@/lib/calls/call-outcome";
import { ingestCallOutcome } from "@/lib/calls/ingestion";
import { fixedClock } from "@/lib/clock";
import { AppError } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { buildBookingView } from "./booking-view";
import { confirmChoice } from "./confirm-choice";
import { requestBooking } from "./in-call-tools";
import { dentistMorningsRequest } from "@/tests/support/booking-request-fixture";
import { settleReactions } from "@/tests/support/job-runner";
import { sentence } from "@/lib/sentences/sentence";

/** Ends a call as a dialer reports it, then lets the reactions to its end run, as the job runner would. */
async function ingestAndReact(...args: Parameters<typeof ingestCallOutcome>) {
  const result = await ingestCallOutcome(...args);
  await settleReactions({ clock: args[2] });
  return result;
}

// Thursday 26 November 2026, 10:00 in Boston.
const clock = fixedClock("2026-11-26T15:00:00Z");
const request = dentistMorningsRequest;
const [harvard, central, porter] = [
  "dentist-cambridge-ma-1",
  "dentist-cambridge-ma-2",
  "dentist-cambridge-ma-3",
];
// Boston mornings inside the window, and one Saturday after it.
const tuesdayNine = "2026-12-01T14:00:00.000Z";
const wednesdayTen = "2026-12-02T15:00:00.000Z";
const thursdayEight = "2026-12-03T13:00:00.000Z";
const afterWindow = "2026-12-12T14:00:00.000Z";
const hourAfter = (iso: string) => new Date(Date.parse(iso) + 3_600_000).toISOString();

beforeAll(async () => {
  await seedDemoDirectory();
});

async function newUser(): Promise<string> {
  const id = `user_${randomUUID()}`;
  await getDb()
    .insert(user)
    .values({ id, name: "Sam Lee", email: `${id}@example.test` });
  return id;
}

/**
 * A review-mode booking after its inquiry calls: each provider offered the given slots (judged live by
 * check_availability) and every call ended, so the booking awaits the person's choice.
 */
async function offersCollected(offers: Record<string, string[]>, options: { endCalls?: boolean } = {}) {
  const userId = await newUser();
  const providerIds = Object.keys(offers);
  const callIds = providerIds.map(() => newId("call"));
  const { booking } = await createBookingWithCalls({
    id: newId("bkg"),
    taskId: null,
    userId,
    mode: "review",
    swarmSize: callIds.length,
    request,
    timeZone: "America/New_York",
    origin: null,
    calls: callIds.map((id, i) => ({
      id,
      providerId: providerIds[i],
      distanceKm: 1 + i,
      scheduledFor: null,
    })),
    skipped: [],
    now: clock.now(),
  });
  for (const [i, providerId] of providerIds.entries()) {
    await getDb().update(calls).set({ status: "in_progress" }).where(eq(calls.id, callIds[i]));
    for (const start of offers[providerId]) {
      const answer = await requestBooking({ callId: callIds[i], start: new Date(start) }, clock);
      expect(["hold_requested", "unavailable"]).toContain(answer.code);
    }
  }
  if (options.endCalls !== false) {
    for (const callId of callIds) await ingestAndReact(callId, { status: "completed" }, clock);
  }
  return { bookingId: booking.id, userId, callIds, providerIds };
}

async function expectAppError(promise: Promise<unknown>, type: string, status: number): Promise<AppError> {
  const error = await promise.then(
    () => {
      throw new Error("expected the promise to reject");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).type).toBe(type);
  expect((error as AppError).status).toBe(status);
  return error as AppError;
}

describe("confirmChoice in review mode", () => {
  test("once offers are collected the booking awaits a choice", async () => {
    const { bookingId } = await offersCollected({
      [harvard]: [wednesdayTen, tuesdayNine],
      [central]: [thursdayEight],
    });
    expect(await getBooking(bookingId)).toMatchObject({ status: "awaiting_choice", bookedCallId: null });
  });

  test("choosing a provider queues a confirmation call for its best offer and the booking is confirming", async () => {
    const { bookingId, userId } = await offersCollected({
      [harvard]: [wednesdayTen, tuesdayNine],
      [central]: [thursdayEight],
    });
    const { result, callQueued } = await confirmChoice({ userId, bookingId, providerId: harvard }, clock);
    expect(callQueued).toBe(true);
    // The earlier of Harvard's two morning offers ranks higher.
    expect(result).toEqual({
      booking_id: bookingId,
      status: "confirming",
      provider_id: harvard,
      slot: { start: tuesdayNine, end: hourAfter(tuesdayNine) },
    });
    expect((await getBooking(bookingId))?.status).toBe("confirming");
    const confirmation = (await listCallsForBooking(bookingId)).filter((c) => c.purpose === "confirmation");
    expect(confirmation).toHaveLength(1);
    expect(confirmation[0]).toMatchObject({
      providerId: harvard,
      status: "queued",
      targetSlot: { start: tuesdayNine, end: hourAfter(tuesdayNine) },
      distanceKm: 1,
    });
  });

  test("the person may choose a specific offered slot instead of the best one", async () => {
    const { bookingId, userId } = await offersCollected({ [harvard]: [wednesdayTen, tuesdayNine] });
    const { result } = await confirmChoice(
      { userId, bookingId, providerId: harvard, slotStart: wednesdayTen },
      clock,
    );
    expect(result.slot).toEqual({ start: wednesdayTen, end: hourAfter(wednesdayTen) });
  });

  test("a second confirm for the same provider returns the same choice and queues nothing more", async () => {
    const { bookingId, userId } = await offersCollected({
      [harvard]: [tuesdayNine],
      [central]: [thursdayEight],
    });
    const first = await confirmChoice({ userId, bookingId, providerId: harvard }, clock);
    const second = await confirmChoice({ userId, bookingId, providerId: harvard }, clock);
    expect(second).toEqual({ result: first.result, callQueued: false });
    expect((await listCallsForBooking(bookingId)).filter((c) => c.purpose === "confirmation")).toHaveLength(
      1,
    );
  });

  test("confirming another provider while one is being confirmed is a 409 conflict", async () => {
    const { bookingId, userId } = await offersCollected({
      [harvard]: [tuesdayNine],
      [central]: [thursdayEight],
    });
    await confirmChoice({ userId, bookingId, providerId: harvard }, clock);
    const error = await expectAppError(
      confirmChoice({ userId, bookingId, providerId: central }, clock),
      "conflict",
      409,
    );
    expect(error.message).toBe("Another offer is being confirmed right now; wait for that call to finish.");
    expect((await listCallsForBooking(bookingId)).filter((c) => c.purpose === "confirmation")).toHaveLength(
      1,
    );
  });

  test("confirming a provider with no fitting offer is a conflict, and nothing changes", async () => {
    const { bookingId, userId } = await offersCollected({
      [harvard]: [tuesdayNine],
      [porter]: [afterWindow],
    });
    const error = await expectAppError(
      confirmChoice({ userId, bookingId, providerId: porter }, clock),
      "conflict",
      409,
    );
    expect(error.message).toBe(
      "Porter Smiles Dental Care has not offered a slot that fits your availability; choose another provider.",
    );
    expect((await getBooking(bookingId))?.status).toBe("awaiting_choice");
  });

  test("choosing a slot the provider never offered is a conflict", async () => {
    const { bookingId, userId } = await offersCollected({ [harvard]: [tuesdayNine] });
    await expectAppError(
      confirmChoice({ userId, bookingId, providerId: harvard, slotStart: thursdayEight }, clock),
      "conflict",
      409,
    );
  });

  test("a provider that was not called for this booking, or someone else's booking, is not found", async () => {
    const { bookingId, userId } = await offersCollected({ [harvard]: [tuesdayNine] });
    await expectAppError(confirmChoice({ userId, bookingId, providerId: central }, clock), "not_found", 404);
    await expectAppError(
      confirmChoice({ userId: await newUser(), bookingId, providerId: harvard }, clock),
      "not_found",
      404,
    );
  });

  test("a failed booking cannot be confirmed", async () => {
    const { bookingId, userId } = await offersCollected({ [porter]: [afterWindow] });
    expect((await getBooking(bookingId))?.status).toBe("failed");
    await expectAppError(confirmChoice({ userId, bookingId, providerId: porter }, clock), "conflict", 409);
  });

  test("after the confirmation call books the slot, the booking is booked and the choice is final", async () => {
    const { bookingId, userId } = await offersCollected({
      [harvard]: [tuesdayNine],
      [central]: [thursdayEight],
    });
    await confirmChoice({ userId, bookingId, providerId: harvard }, clock);
    const confirmation = (await listCallsForBooking(bookingId)).find((c) => c.purpose === "confirmation")!;
    await getDb().update(calls).set({ status: "in_progress" }).where(eq(calls.id, confirmation.id));

    const answer = await requestBooking({ callId: confirmation.id, start: new Date(tuesdayNine) }, clock);
    expect(answer.code).toBe("approved");
    await ingestAndReact(
      confirmation.id,
      { status: "completed", booked_slot: { start: tuesdayNine, end: hourAfter(tuesdayNine) } },
      clock,
    );
    expect(await getBooking(bookingId)).toMatchObject({
      status: "booked",
      bookedCallId: confirmation.id,
      bookedProviderId: harvard,
      bookedSlotStart: new Date(tuesdayNine),
    });

    const again = await confirmChoice({ userId, bookingId, providerId: harvard }, clock);
    expect(again).toEqual({
      result: {
        booking_id: bookingId,
        status: "booked",
        provider_id: harvard,
        slot: { start: tuesdayNine, end: hourAfter(tuesdayNine) },
      },
      callQueued: false,
    });
    const error = await expectAppError(
      confirmChoice({ userId, bookingId, providerId: central }, clock),
      "conflict",
      409,
    );
    expect(error.message).toMatch(/already has an appointment/);
  });

  test("choosing while inquiry calls are still queued cancels them", async () => {
    const { bookingId, userId, callIds } = await offersCollected(
      { [harvard]: [tuesdayNine], [central]: [] },
      { endCalls: false },
    );
    await ingestAndReact(callIds[0], { status: "completed" }, clock);
    await getDb().update(calls).set({ status: "queued" }).where(eq(calls.id, callIds[1]));
    await confirmChoice({ userId, bookingId, providerId: harvard }, clock);
    expect(await getCall(callIds[1])).toMatchObject({
      status: "canceled",
      failureReason: "The client chose another offer.",
    });
  });

  test("a confirmation call that ends without booking returns the booking to the choice, and is not retried", async () => {
    const { bookingId, userId } = await offersCollected({
      [harvard]: [tuesdayNine],
      [central]: [thursdayEight],
    });
    await confirmChoice({ userId, bookingId, providerId: harvard }, clock);
    const confirmation = (await listCallsForBooking(bookingId)).find((c) => c.purpose === "confirmation")!;
    // Created after the inquiry calls, as it would be outside a fixed clock: the provider's card shows the latest call.
    await getDb()
      .update(calls)
      .set({ status: "in_progress", createdAt: new Date(clock.now().getTime() + 1_000) })
      .where(eq(calls.id, confirmation.id));
    await ingestAndReact(confirmation.id, { status: "no_answer", ...failureOf("failureNoAnswer") }, clock);
    expect(await getBooking(bookingId)).toMatchObject({
      status: "awaiting_choice",
      statusReason:
        "The confirmation call did not book the appointment: Nobody answered the phone. Choose again or try another provider.",
      // The page words the same reason in its own language, the call's failure quoted inside it.
      statusReasonSentence: {
        key: "statusConfirmationNotBookedBecause",
        values: { failure: { key: "failureNoAnswer", values: {} } },
      },
    });
    // The person's page shows the call's reason beside the business, as a sentence too.
    const card = (await buildBookingView((await getBooking(bookingId))!)).results.find(
      (result) => result.provider_id === harvard,
    )!;
    expect(card).toMatchObject({
      failure_reason: "Nobody answered the phone.",
      failure_sentence: { key: "failureNoAnswer", values: {} },
      wait_reason: null,
      wait_sentence: null,
    });
    expect((await listCallsForBooking(bookingId)).filter((c) => c.purpose === "confirmation")).toHaveLength(
      1,
    );
    // The person can now choose another provider; the reason, and its sentence, are gone once they do.
    const other = await confirmChoice({ userId, bookingId, providerId: central }, clock);
    expect(other.callQueued).toBe(true);
    expect(await getBooking(bookingId)).toMatchObject({
      status: "confirming",
      statusReason: null,
      statusReasonSentence: null,
    });
  });

  test("a confirmation call waiting for the business to open keeps the booking confirming", async () => {
    const { bookingId, userId, callIds } = await offersCollected(
      { [harvard]: [tuesdayNine], [central]: [thursdayEight] },
      { endCalls: false },
    );
    await ingestAndReact(callIds[0], { status: "completed" }, clock);
    await confirmChoice({ userId, bookingId, providerId: harvard }, clock);
    // The dispatcher found the business closed and rescheduled the confirmation call for its next opening.
    const confirmation = (await listCallsForBooking(bookingId)).find((c) => c.purpose === "confirmation")!;
    await getDb()
      .update(calls)
      .set({ status: "dialing", claimToken: "t", createdAt: new Date(clock.now().getTime() + 1_000) })
      .where(eq(calls.id, confirmation.id));
    await releaseClaim({
      callId: confirmation.id,
      token: "t",
      status: "scheduled",
      scheduledFor: new Date("2026-11-30T13:00:00Z"),
      reason: sentence("waitClosedNow"),
      now: clock.now(),
    });

    // Meanwhile the last inquiry call ends, and the periodic sweep looks for stalled bookings.
    await ingestAndReact(callIds[1], { status: "completed" }, clock);
    expect((await getBooking(bookingId))?.status).toBe("confirming");
    await settleReactions({ clock });
    expect((await getBooking(bookingId))?.status).toBe("confirming");
    expect((await getCall(confirmation.id))?.status).toBe("scheduled");
    // The person reads why it waits, in their language.
    const card = (await buildBookingView((await getBooking(bookingId))!)).results.find(
      (result) => result.provider_id === confirmation.providerId,
    )!;
    expect(card).toMatchObject({
      wait_reason: "Closed now; the call waits for the next opening.",
      wait_sentence: { key: "waitClosedNow", values: {} },
      failure_reason: null,
    });
  });
});
