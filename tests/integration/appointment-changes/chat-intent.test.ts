// Issue 16: "cancel it" / "can we move it to Thursday?" said in the chat of a task whose appointment is booked. The
// offline intake recognises it, the request stays as it was, and the assistant asks to confirm with the same action
// the booking page runs; nothing is called from the chat itself.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as postChat } from "@/app/api/chat/route";
import { POST as postTask } from "@/app/api/task/route";
import { GET as getTask } from "@/app/api/task/[id]/route";
import { listCallsForBooking } from "@/db/calls";
import { seedDemoDirectory } from "@/db/providers";
import { readAppointmentChangeIntent } from "@/lib/intake/appointment-change-intent";
import { anonymousSession, jsonRequest, params } from "../helpers";
import { bookedAppointment, cancelAppointmentRoute, dentists } from "./fixtures";

beforeAll(async () => {
  await seedDemoDirectory();
});

async function chat(cookie: string, taskId: string, message: string) {
  const response = await postChat(
    jsonRequest("/api/chat", { cookie, body: { task_id: taskId, message } }),
    {},
  );
  return response.json();
}

async function bookedTask() {
  const cookie = await anonymousSession();
  const task = await postTask(
    jsonRequest("/api/task", { cookie, body: { time_zone: "America/New_York" } }),
    {},
  );
  const taskId = (await task.json()).task_id as string;
  const booked = await bookedAppointment(dentists.agrees, cookie, taskId);
  return { ...booked, taskId };
}

describe("asking to cancel or move the booked appointment in the chat", () => {
  it("recognises cancel and move phrasings, and not their negations", () => {
    expect(readAppointmentChangeIntent("Cancel it please")).toEqual({ action: "cancel" });
    expect(readAppointmentChangeIntent("I can't make it anymore")).toEqual({ action: "cancel" });
    expect(readAppointmentChangeIntent("can we move it to Thursday?")).toEqual({
      action: "move",
      timeframe: "Thursday",
    });
    expect(readAppointmentChangeIntent("Could you reschedule?")).toEqual({ action: "move", timeframe: null });
    expect(readAppointmentChangeIntent("don't cancel it")).toBeNull();
    expect(readAppointmentChangeIntent("a dentist in Cambridge next week")).toBeNull();
  });

  it("recognises cancel and move phrasings in Spanish, French and German", () => {
    for (const cancel of [
      "cancela la cita, por favor",
      "No voy a poder ir, anúlala",
      "Je voudrais annuler le rendez-vous",
      "je ne peux pas venir, annulez svp",
      "Termin absagen bitte",
      "Ich kann nicht kommen, bitte stornieren",
    ]) {
      expect(readAppointmentChangeIntent(cancel), cancel).toEqual({ action: "cancel" });
    }
    expect(readAppointmentChangeIntent("¿podemos moverla al jueves?")).toEqual({
      action: "move",
      timeframe: "jueves",
    });
    expect(readAppointmentChangeIntent("On peut déplacer le rendez-vous à vendredi ?")).toEqual({
      action: "move",
      timeframe: "vendredi",
    });
    expect(readAppointmentChangeIntent("Können wir den Termin auf Freitag verschieben?")).toEqual({
      action: "move",
      timeframe: "Freitag",
    });
    expect(readAppointmentChangeIntent("¿Se puede aplazar?")).toEqual({ action: "move", timeframe: null });
    expect(readAppointmentChangeIntent("no la canceles")).toBeNull();
    expect(readAppointmentChangeIntent("n'annulez pas le rendez-vous")).toBeNull();
    expect(readAppointmentChangeIntent("bitte nicht absagen")).toBeNull();
    expect(readAppointmentChangeIntent("un dentiste à Lyon la semaine prochaine")).toBeNull();
  });

  it("'cancel it' asks to confirm with the cancel action, which then phones the business", async () => {
    const { cookie, taskId, bookingId } = await bookedTask();
    // The chat page learns from the task that its appointment is booked (and keeps the chat open for this).
    const task = await getTask(jsonRequest(`/api/task/${taskId}`, { cookie }), params({ id: taskId }));
    expect(await task.json()).toMatchObject({ booking_id: bookingId, booking_status: "booked" });
    const turn = await chat(cookie, taskId, "I can't go any more, cancel it");
    expect(turn.reply).toMatch(
      /^Shall I phone Harvard Square Dental Associates to cancel your appointment on \w+day/,
    );
    expect(turn.proposed_change).toEqual({ action: "cancel", booking_id: bookingId, timeframe: null });
    expect(await listCallsForBooking(bookingId)).toHaveLength(0);
    // Confirming runs the same action as the booking page's button.
    expect((await cancelAppointmentRoute(cookie, turn.proposed_change.booking_id)).status).toBe(202);
  });

  it("'can we move it to Thursday?' proposes the move with that window, and leaves the request as it was", async () => {
    const { cookie, taskId, bookingId } = await bookedTask();
    const before = await chat(cookie, taskId, "hello");
    const turn = await chat(cookie, taskId, "can we move it to Thursday?");
    expect(turn.reply).toMatch(/to Thursday\? Your current slot is kept until they agree to a new one\./);
    expect(turn.proposed_change).toEqual({ action: "move", booking_id: bookingId, timeframe: "Thursday" });
    expect(turn.extracted_data).toEqual(before.extracted_data);
  });

  it("'¿podemos moverla al jueves?' proposes the move to that day", async () => {
    const { cookie, taskId, bookingId } = await bookedTask();
    const turn = await chat(cookie, taskId, "¿podemos moverla al jueves?");
    expect(turn.proposed_change).toEqual({ action: "move", booking_id: bookingId, timeframe: "jueves" });
    expect(turn.reply).toMatch(
      /^¿Llamo a Harvard Square Dental Associates para mover tu cita del \S+ \d+ \S+, \d\d:\d\d a jueves\? Mantienes tu hora actual/,
    );
  });

  it("'Termin absagen' asks in German to confirm the cancellation", async () => {
    const { cookie, taskId, bookingId } = await bookedTask();
    const turn = await chat(cookie, taskId, "Ich kann nicht kommen, bitte den Termin absagen");
    expect(turn.proposed_change).toEqual({ action: "cancel", booking_id: bookingId, timeframe: null });
    expect(turn.reply).toMatch(
      /^Soll ich Harvard Square Dental Associates anrufen, um Ihren Termin am \S+ \d+/,
    );
  });

  it("a task with nothing booked is an ordinary chat turn", async () => {
    const cookie = await anonymousSession();
    const task = await postTask(
      jsonRequest("/api/task", { cookie, body: { time_zone: "America/New_York" } }),
      {},
    );
    const taskId = (await task.json()).task_id as string;
    const turn = await chat(cookie, taskId, "cancel it");
    expect(turn.proposed_change).toBeUndefined();
  });
});
