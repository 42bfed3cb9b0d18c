import { beforeAll, describe, expect, it } from "vitest";
import { POST as postBookingRequest } from "@/app/api/booking/request/route";
import { GET as getBooking } from "@/app/api/booking/[id]/route";
import { GET as getIcs } from "@/app/api/booking/[id]/ics/route";
import { POST as postChat } from "@/app/api/chat/route";
import { POST as postTask } from "@/app/api/task/route";
import { GET as getTask } from "@/app/api/task/[id]/route";
import { seedDemoDirectory } from "@/db/providers";
import { anonymousSession, eventually, jsonRequest, params } from "./helpers";
import { runJobsDuringTests } from "@/tests/support/job-runner";

// Calls, reactions and webhooks run in the background, as on a server.
runJobsDuringTests();

beforeAll(async () => {
  await seedDemoDirectory();
});

async function startTask(cookie: string): Promise<string> {
  const response = await postTask(
    jsonRequest("/api/task", { cookie, body: { time_zone: "America/New_York" } }),
    {},
  );
  expect(response.status).toBe(201);
  return (await response.json()).task_id;
}

describe("the whole flow on embedded defaults", () => {
  it("chat → confirm → five parallel simulated calls → exactly one booked appointment with an .ics", async () => {
    const cookie = await anonymousSession();
    const taskId = await startTask(cookie);

    const chat = await postChat(
      jsonRequest("/api/chat", {
        cookie,
        body: {
          task_id: taskId,
          message: "I need a dentist in Cambridge MA next week, mornings. My name is Sam Lee.",
        },
      }),
      {},
    );
    expect(chat.status).toBe(200);
    const turn = await chat.json();
    expect(turn.task_status).toBe("ready_to_call");
    expect(turn.extracted_data).toMatchObject({
      service_type: "dentist",
      location: "Cambridge MA",
      timeframe: "next week",
    });

    const confirm = await postBookingRequest(
      jsonRequest("/api/booking/request", {
        cookie,
        body: { task_id: taskId, preferences: { swarm_size: 5, mode: "auto" } },
      }),
      {},
    );
    expect(confirm.status).toBe(202);
    const { booking_id, status } = await confirm.json();
    expect(status).toBe("processing");

    const view = await eventually(
      async () =>
        (
          await getBooking(jsonRequest(`/api/booking/${booking_id}`, { cookie }), params({ id: booking_id }))
        ).json(),
      (v) =>
        v.status === "booked" &&
        v.results.every(
          (r: { call_status: string }) => !["queued", "dialing", "in_progress"].includes(r.call_status),
        ),
    );
    expect(view.results).toHaveLength(5);
    expect(view.results.filter((r: { booked: boolean }) => r.booked)).toHaveLength(1);
    expect(view.booked.slot.start).toBe(view.results[0].booked_slot.start);
    expect(Date.parse(view.booked.slot.start)).toBeGreaterThanOrEqual(Date.parse(view.request.window.start));

    const task = await (
      await getTask(jsonRequest(`/api/task/${taskId}`, { cookie }), params({ id: taskId }))
    ).json();
    expect(task.booking_id).toBe(booking_id);

    const ics = await getIcs(
      jsonRequest(`/api/booking/${booking_id}/ics`, { cookie }),
      params({ id: booking_id }),
    );
    expect(ics.status).toBe(200);
    expect(ics.headers.get("content-type")).toContain("text/calendar");
    const text = await ics.text();
    expect(text).toContain("BEGIN:VEVENT");
    expect(text).toContain(view.booked.provider_name);
  });
});
