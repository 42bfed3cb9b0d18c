import { beforeAll, describe, expect, it } from "vitest";
import { POST as postBookingRequest } from "@/app/api/booking/request/route";
import { GET as getBooking } from "@/app/api/booking/[id]/route";
import { POST as postConfirm } from "@/app/api/booking/[id]/confirm/route";
import { GET as getEvents } from "@/app/api/booking/[id]/events/route";
import { GET as getIcs } from "@/app/api/booking/[id]/ics/route";
import { GET as getBookings } from "@/app/api/bookings/route";
import { POST as postChat } from "@/app/api/chat/route";
import { POST as postChatStream } from "@/app/api/chat/stream/route";
import { POST as postTask } from "@/app/api/task/route";
import { GET as getTask, PATCH as patchTask } from "@/app/api/task/[id]/route";
import { seedDemoDirectory } from "@/db/providers";
import { anonymousSession, jsonRequest, params } from "./helpers";

let owner: string;
let stranger: string;
let taskId: string;
let bookingId: string;

beforeAll(async () => {
  await seedDemoDirectory();
  owner = await anonymousSession();
  stranger = await anonymousSession();
  taskId = (await (await postTask(jsonRequest("/api/task", { cookie: owner, body: {} }), {})).json()).task_id;
  await postChat(
    jsonRequest("/api/chat", {
      cookie: owner,
      body: { task_id: taskId, message: "a barber in Boston tomorrow afternoon" },
    }),
    {},
  );
  const confirm = await postBookingRequest(
    jsonRequest("/api/booking/request", {
      cookie: owner,
      body: { task_id: taskId, preferences: { swarm_size: 2, mode: "review" } },
    }),
    {},
  );
  bookingId = (await confirm.json()).booking_id;
});

async function expectError(response: Response, status: number, pattern: RegExp) {
  expect(response.status).toBe(status);
  const body = await response.json();
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error).toMatch(pattern);
}

describe("bad input gets a clear 4xx, never a 500", () => {
  it("malformed JSON is 400", async () => {
    for (const [handler, path] of [
      [postTask, "/api/task"],
      [postChat, "/api/chat"],
      [postChatStream, "/api/chat/stream"],
      [postBookingRequest, "/api/booking/request"],
    ] as const) {
      const response = await handler(
        jsonRequest(path, {
          cookie: owner,
          rawBody: "{not json",
          headers: { "content-type": "application/json" },
        }),
        {},
      );
      await expectError(response, 400, /not valid JSON/);
    }
  });

  it("wrong types name the field", async () => {
    await expectError(
      await postChat(jsonRequest("/api/chat", { cookie: owner, body: { task_id: taskId, message: 42 } }), {}),
      400,
      /message/,
    );
    await expectError(
      await postBookingRequest(
        jsonRequest("/api/booking/request", {
          cookie: owner,
          body: { task_id: taskId, preferences: { swarm_size: "five" } },
        }),
        {},
      ),
      400,
      /Invalid request/,
    );
    await expectError(
      await postBookingRequest(
        jsonRequest("/api/booking/request", {
          cookie: owner,
          body: { task_id: taskId, preferences: { swarm_size: 16 } },
        }),
        {},
      ),
      400,
      /Invalid request/,
    );
    await expectError(
      await patchTask(
        jsonRequest(`/api/task/${taskId}`, { method: "PATCH", cookie: owner, body: { party_size: -1 } }),
        params({ id: taskId }),
      ),
      400,
      /party_size/,
    );
    await expectError(
      await patchTask(
        jsonRequest(`/api/task/${taskId}`, {
          method: "PATCH",
          cookie: owner,
          body: { favourite_colour: "red" },
        }),
        params({ id: taskId }),
      ),
      400,
      /Invalid request/,
    );
    await expectError(
      await postConfirm(
        jsonRequest(`/api/booking/${bookingId}/confirm`, { cookie: owner, body: {} }),
        params({ id: bookingId }),
      ),
      400,
      /provider_id/,
    );
  });

  it("a message over 4,000 characters is refused and nothing is stored", async () => {
    const before = (
      await (
        await getTask(jsonRequest(`/api/task/${taskId}`, { cookie: owner }), params({ id: taskId }))
      ).json()
    ).messages.length;
    await expectError(
      await postChat(
        jsonRequest("/api/chat", { cookie: owner, body: { task_id: taskId, message: "a".repeat(4001) } }),
        {},
      ),
      400,
      /4,000 characters/,
    );
    const after = (
      await (
        await getTask(jsonRequest(`/api/task/${taskId}`, { cookie: owner }), params({ id: taskId }))
      ).json()
    ).messages.length;
    expect(after).toBe(before);
  });

  it("a body over 64 KB is 413", async () => {
    await expectError(
      await postChat(
        jsonRequest("/api/chat", { cookie: owner, body: { task_id: taskId, message: "b".repeat(70_000) } }),
        {},
      ),
      413,
      /too large/,
    );
  });

  it("unknown ids are 404", async () => {
    await expectError(
      await getTask(jsonRequest("/api/task/task_nope", { cookie: owner }), params({ id: "task_nope" })),
      404,
      /task was not found/,
    );
    await expectError(
      await postChat(
        jsonRequest("/api/chat", { cookie: owner, body: { task_id: "task_nope", message: "hi" } }),
        {},
      ),
      404,
      /not found/,
    );
    await expectError(
      await getBooking(jsonRequest("/api/booking/bkg_nope", { cookie: owner }), params({ id: "bkg_nope" })),
      404,
      /booking was not found/,
    );
    await expectError(
      await postBookingRequest(
        jsonRequest("/api/booking/request", { cookie: owner, body: { task_id: "task_nope" } }),
        {},
      ),
      404,
      /not found/,
    );
    await expectError(
      await postConfirm(
        jsonRequest(`/api/booking/${bookingId}/confirm`, {
          cookie: owner,
          body: { provider_id: "prov_nope" },
        }),
        params({ id: bookingId }),
      ),
      404,
      /not found/,
    );
  });

  it("a request that is not ready to call is 409 and says what is missing", async () => {
    const fresh = (await (await postTask(jsonRequest("/api/task", { cookie: owner, body: {} }), {})).json())
      .task_id;
    await expectError(
      await postBookingRequest(
        jsonRequest("/api/booking/request", { cookie: owner, body: { task_id: fresh } }),
        {},
      ),
      409,
      /service type/,
    );
  });
});

describe("every route checks who is asking", () => {
  it("no session is 401 with how to get one", async () => {
    await expectError(await postTask(jsonRequest("/api/task", { body: {} }), {}), 401, /sign-in\/anonymous/);
    await expectError(await getBookings(jsonRequest("/api/bookings"), {}), 401, /session/);
    await expectError(
      await getBooking(jsonRequest(`/api/booking/${bookingId}`), params({ id: bookingId })),
      401,
      /session/,
    );
  });

  it("another person's task and booking are 404 on every route", async () => {
    await expectError(
      await getTask(jsonRequest(`/api/task/${taskId}`, { cookie: stranger }), params({ id: taskId })),
      404,
      /not found/,
    );
    await expectError(
      await patchTask(
        jsonRequest(`/api/task/${taskId}`, {
          method: "PATCH",
          cookie: stranger,
          body: { location: "Chicago" },
        }),
        params({ id: taskId }),
      ),
      404,
      /not found/,
    );
    await expectError(
      await postChat(
        jsonRequest("/api/chat", { cookie: stranger, body: { task_id: taskId, message: "hi" } }),
        {},
      ),
      404,
      /not found/,
    );
    await expectError(
      await postBookingRequest(
        jsonRequest("/api/booking/request", { cookie: stranger, body: { task_id: taskId } }),
        {},
      ),
      404,
      /not found/,
    );
    for (const handler of [getBooking, getEvents, getIcs]) {
      await expectError(
        await handler(
          jsonRequest(`/api/booking/${bookingId}`, { cookie: stranger }),
          params({ id: bookingId }),
        ),
        404,
        /not found/,
      );
    }
    await expectError(
      await postConfirm(
        jsonRequest(`/api/booking/${bookingId}/confirm`, { cookie: stranger, body: { provider_id: "x" } }),
        params({ id: bookingId }),
      ),
      404,
      /not found/,
    );
    const list = await (await getBookings(jsonRequest("/api/bookings", { cookie: stranger }), {})).json();
    expect(list.bookings).toEqual([]);
  });
});
