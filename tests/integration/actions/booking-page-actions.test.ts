// The request page's and the live booking page's server actions behave like their REST twins: the summary card
// saves (and names the bad field), "Call providers" passes the real-call gate exactly as POST /api/booking/request,
// and choosing an offer is the owner's alone and idempotent, as POST /api/booking/{id}/confirm.
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { POST as postBookingRequest } from "@/app/api/booking/request/route";
import { confirmOffer } from "@/app/booking/[id]/actions";
import { callProviders, saveSummary } from "@/app/chat/[taskId]/actions";
import { startNewTask } from "@/app/chat/actions";
import { listCallsForBooking } from "@/db/calls";
import { seedDemoDirectory } from "@/db/providers";
import { getCaller } from "@/lib/auth/session";
import { fixedClock } from "@/lib/clock";
import { verifyEmailMessage } from "@/lib/guardrails/real-call-gate";
import { editTask, getTaskView, startTask } from "@/lib/intake/tasks";
import { overrideRuntime } from "@/lib/runtime";
import { pauseBackgroundJobs } from "@/tests/support/job-runner";
import { person, recordingRealDialer } from "../guardrails/support";
import { anonymousSession, jsonRequest } from "../helpers";
import { bookingWithOffer } from "../support/booking-fixtures";

const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
const revalidated = vi.hoisted(() => ({ paths: [] as string[] }));
// The wrappers are marked server-only, a guard for bundles that vitest's node environment has no need of.
vi.mock("server-only", () => ({}));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.paths.push(path) }));

// Wednesday 25 November 2026, 10:00 in Boston.
const clock = fixedClock("2026-11-25T15:00:00Z");

// Nothing is dialed: the tests look at what is queued.
pauseBackgroundJobs();
beforeAll(async () => {
  await seedDemoDirectory();
});
beforeEach(() => {
  revalidated.paths = [];
});

function actAs(cookie: string | undefined): void {
  requestHeaders.current = new Headers({ host: "127.0.0.1:3000", ...(cookie ? { cookie } : {}) });
}

async function userIdOf(cookie: string): Promise<string> {
  return (await getCaller(new Headers({ cookie, host: "127.0.0.1:3000" })))!.userId;
}

function summaryForm(taskId: string, fields: Record<string, string>): FormData {
  const form = new FormData();
  form.set("task_id", taskId);
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

describe("the summary card's action", () => {
  it("saves the submitted fields, clears an emptied one, and re-renders the request page", async () => {
    const cookie = await anonymousSession();
    actAs(cookie);
    const started = await startNewTask({ time_zone: "America/New_York" });
    if (started.status !== "ok") throw new Error(`no task: ${JSON.stringify(started)}`);
    const taskId = started.data.task_id;

    const state = await saveSummary(
      summaryForm(taskId, {
        service_type: "dentist",
        location: " Cambridge MA ",
        timeframe: "next week",
        party_size: "2",
        client_name: "Ada Lovelace",
        notes: "",
      }),
    );
    expect(state).toMatchObject({ status: "ok", message: "Saved." });
    const view = await getTaskView(taskId, await userIdOf(cookie));
    expect(view.extracted_data).toMatchObject({
      service_type: "dentist",
      location: "Cambridge MA",
      timeframe: "next week",
      party_size: 2,
      client_name: "Ada Lovelace",
      notes: null,
    });
    expect(view.extracted_data.window).not.toBeNull();
    expect(revalidated.paths).toEqual([`/chat/${taskId}`]);
  });

  it("answers a bad party size with the sentence beside that field and saves nothing", async () => {
    const cookie = await anonymousSession();
    actAs(cookie);
    const started = await startNewTask({});
    if (started.status !== "ok") throw new Error("no task");
    const taskId = started.data.task_id;
    for (const partySize of ["0", "2.5", "many"]) {
      const state = await saveSummary(summaryForm(taskId, { location: "Boston", party_size: partySize }));
      expect(state).toMatchObject({
        status: "error",
        code: "invalid",
        fieldErrors: { party_size: "Party size must be a whole number from 1 to 50." },
      });
    }
    expect((await getTaskView(taskId, await userIdOf(cookie))).extracted_data.location).toBeNull();
    expect(revalidated.paths).toEqual([]);
  });

  it("does not touch another person's task: not_found", async () => {
    const owner = await anonymousSession();
    const task = await startTask({ userId: await userIdOf(owner) }, clock);
    actAs(await anonymousSession());
    expect(await saveSummary(summaryForm(task.id, { location: "Boston" }))).toMatchObject({
      status: "error",
      code: "not_found",
    });
  });
});

describe("the Call providers action, with a real dialer configured", () => {
  let restoreRuntime: () => void;
  let dialer: ReturnType<typeof recordingRealDialer>;
  beforeAll(() => {
    dialer = recordingRealDialer();
    restoreRuntime = overrideRuntime({ dialer, clock });
  });
  afterAll(() => restoreRuntime());

  async function readyTask(cookie: string): Promise<string> {
    const userId = await userIdOf(cookie);
    const task = await startTask({ userId, timeZone: "America/New_York" }, clock);
    await editTask(
      {
        userId,
        taskId: task.id,
        patch: { service_type: "dentist", location: "Cambridge MA", timeframe: "next week" },
      },
      clock,
    );
    return task.id;
  }

  it("refuses a guest with the route's sentence, queues nothing, and re-renders the panel", async () => {
    const cookie = await anonymousSession();
    const taskId = await readyTask(cookie);
    actAs(cookie);
    const form = new FormData();
    form.set("task_id", taskId);
    form.set("swarm_size", "3");
    form.set("mode", "auto");
    const state = await callProviders(form);
    expect(state).toEqual({
      status: "error",
      error: verifyEmailMessage.text,
      fieldErrors: {},
      code: "forbidden",
    });

    const route = await postBookingRequest(
      jsonRequest("/api/booking/request", {
        cookie,
        body: { task_id: taskId, preferences: { swarm_size: 3, mode: "auto" } },
      }),
      {},
    );
    expect(route.status).toBe(403);
    expect(await route.json()).toEqual({ error: verifyEmailMessage.text });
    expect((await getTaskView(taskId, await userIdOf(cookie))).booking_id).toBeNull();
    expect(revalidated.paths).toEqual([`/chat/${taskId}`]);
  });

  it("answers in the language of the page that asked; the API answers English unless asked otherwise", async () => {
    const cookie = await anonymousSession();
    const taskId = await readyTask(cookie);
    const spanishGate =
      "Verifique su correo electrónico para que CallPilot pueda llamar a negocios por usted.";
    // The action, from a page switched to Spanish (the header's switch sets the locale cookie).
    requestHeaders.current = new Headers({ host: "127.0.0.1:3000", cookie: `${cookie}; locale=es` });
    expect(await callProviders({ task_id: taskId, swarm_size: 3, mode: "auto" })).toEqual({
      status: "error",
      error: spanishGate,
      fieldErrors: {},
      code: "forbidden",
    });
    // The REST twin, from a browser that prefers Spanish: the same sentence, tagged with its language.
    const body = { task_id: taskId, preferences: { swarm_size: 3, mode: "auto" } };
    const spanish = await postBookingRequest(
      jsonRequest("/api/booking/request", { cookie, body, headers: { "accept-language": "es-ES,es;q=0.9" } }),
      {},
    );
    expect(spanish.status).toBe(403);
    expect(spanish.headers.get("content-language")).toBe("es");
    expect(await spanish.json()).toEqual({ error: spanishGate });
    // An API client that asks for no language: English, as before.
    const english = await postBookingRequest(jsonRequest("/api/booking/request", { cookie, body }), {});
    expect(english.headers.get("content-language")).toBeNull();
    expect(await english.json()).toEqual({ error: verifyEmailMessage.text });
  });

  it("lets a verified, consenting person through and opens the live booking page", async () => {
    const { cookie } = await person();
    const taskId = await readyTask(cookie);
    actAs(cookie);
    const redirect = await callProviders({ task_id: taskId, swarm_size: 2, mode: "review" }).then(
      (state) => {
        throw new Error(`expected a redirect, got ${JSON.stringify(state)}`);
      },
      (error: unknown) => error as { digest?: string },
    );
    const bookingId = (await getTaskView(taskId, await userIdOf(cookie))).booking_id;
    expect(bookingId).toMatch(/^bkg_/);
    expect(redirect.digest).toContain(`/booking/${bookingId}`);
    expect(await listCallsForBooking(bookingId!)).toHaveLength(2);
  });

  it("answers a swarm size out of range beside the field", async () => {
    const { cookie } = await person();
    const taskId = await readyTask(cookie);
    actAs(cookie);
    const state = await callProviders({ task_id: taskId, swarm_size: 40, mode: "auto" });
    expect(state).toMatchObject({
      status: "error",
      code: "invalid",
      fieldErrors: { swarm_size: expect.any(String) },
    });
  });
});

describe("the confirm action", () => {
  /** The input of "Book this" for a booking of this person whose first call offered a fitting slot. */
  async function offerToChoose(userId: string) {
    const booking = await bookingWithOffer(userId, clock.now());
    return { booking_id: booking.bookingId, provider_id: booking.providerId, slot_start: booking.slotStart };
  }

  it("refuses another person's booking with not_found and queues nothing", async () => {
    const owner = await anonymousSession();
    const choice = await offerToChoose(await userIdOf(owner));
    actAs(await anonymousSession());
    expect(await confirmOffer(choice)).toMatchObject({ status: "error", code: "not_found" });
    const calls = await listCallsForBooking(choice.booking_id);
    expect(calls.filter((call) => call.purpose === "confirmation")).toHaveLength(0);
  });

  it("a second confirm of the same offer returns the same booking and places no second call", async () => {
    const cookie = await anonymousSession();
    const choice = await offerToChoose(await userIdOf(cookie));
    actAs(cookie);
    const first = await confirmOffer(choice);
    const second = await confirmOffer(choice);
    const expected = {
      booking_id: choice.booking_id,
      status: "confirming",
      provider_id: choice.provider_id,
      slot: { start: choice.slot_start, end: "2026-11-30T16:00:00.000Z" },
    };
    expect(first).toEqual({ status: "ok", data: expected });
    expect(second).toEqual({ status: "ok", data: expected });
    const calls = await listCallsForBooking(choice.booking_id);
    expect(calls.filter((call) => call.purpose === "confirmation")).toHaveLength(1);
    expect(revalidated.paths).toEqual([`/booking/${choice.booking_id}`, `/booking/${choice.booking_id}`]);
  });

  it("asks a visitor without a session to start one", async () => {
    actAs(undefined);
    expect(await confirmOffer({ booking_id: "bkg_x", provider_id: "dentist-1" })).toMatchObject({
      status: "error",
      code: "unauthorized",
    });
  });
});
