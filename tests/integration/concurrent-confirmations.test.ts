import { beforeAll, describe, expect, it } from "vitest";
import { POST as postBookingRequest } from "@/app/api/booking/request/route";
import { POST as postChat } from "@/app/api/chat/route";
import { POST as postTask } from "@/app/api/task/route";
import { seedDemoDirectory } from "@/db/providers";
import { getDb } from "@/db/client";
import { bookings, calls } from "@/db/schema";
import { anonymousSession, jsonRequest } from "./helpers";

beforeAll(async () => {
  await seedDemoDirectory();
});

describe("confirming is idempotent", () => {
  it("10 concurrent confirmations of one task give one booking and one set of calls", async () => {
    const cookie = await anonymousSession();
    const taskId = (await (await postTask(jsonRequest("/api/task", { cookie, body: {} }), {})).json())
      .task_id;
    await postChat(
      jsonRequest("/api/chat", { cookie, body: { task_id: taskId, message: "plumber in Boston next week" } }),
      {},
    );
    const responses = await Promise.all(
      Array.from({ length: 10 }, () =>
        postBookingRequest(
          jsonRequest("/api/booking/request", {
            cookie,
            body: { task_id: taskId, preferences: { swarm_size: 4, mode: "review" } },
          }),
          {},
        ),
      ),
    );
    const bodies = await Promise.all(responses.map((r) => r.json()));
    expect(new Set(bodies.map((b) => b.booking_id)).size).toBe(1);
    expect(responses.filter((r) => r.status === 202)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 200)).toHaveLength(9);
    expect(await getDb().select().from(bookings)).toHaveLength(1);
    expect(
      (await getDb().select().from(calls)).filter((c) => c.purpose === "inquiry" && c.attempt === 1),
    ).toHaveLength(4);
  });
});
