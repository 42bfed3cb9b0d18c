import { describe, expect, it } from "vitest";
import { POST as postChat } from "@/app/api/chat/route";
import { POST as postChatStream } from "@/app/api/chat/stream/route";
import { POST as postTask } from "@/app/api/task/route";
import { anonymousSession, jsonRequest } from "./helpers";

// A person whose browser runs in UTC asks for a place in another zone: the summary card must name the place's zone.
async function taskStartedInUtc(cookie: string): Promise<string> {
  const response = await postTask(jsonRequest("/api/task", { cookie, body: { time_zone: "UTC" } }), {});
  return (await response.json()).task_id;
}

const message = "I need a dentist in Cambridge MA next week, mornings";

describe("the zone a chat turn's dates are in", () => {
  it("a turn naming Cambridge MA answers with New York's zone, which the window's midnights are in", async () => {
    const cookie = await anonymousSession();
    const taskId = await taskStartedInUtc(cookie);
    const response = await postChat(
      jsonRequest("/api/chat", { cookie, body: { task_id: taskId, message } }),
      {},
    );
    expect(response.status).toBe(200);
    const turn = await response.json();
    expect(turn.time_zone).toBe("America/New_York");
    // The window starts at a New York midnight (-05:00 or -04:00), not a UTC one.
    expect(turn.extracted_data.window.start).toMatch(/T00:00:00(\.000)?-0[45]:00$/);
  });

  it("the streamed turn's last line carries the zone too", async () => {
    const cookie = await anonymousSession();
    const taskId = await taskStartedInUtc(cookie);
    const response = await postChatStream(
      jsonRequest("/api/chat/stream", { cookie, body: { task_id: taskId, message } }),
      {},
    );
    const lines = (await response.text()).split("\n").filter(Boolean);
    const done = JSON.parse(lines.at(-1)!);
    expect(done).toMatchObject({ type: "done", time_zone: "America/New_York" });
  });
});
