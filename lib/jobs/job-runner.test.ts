import { beforeEach, describe, expect, test, vi } from "vitest";
import type { FetchedJob } from "@/db/jobs";
import type { QueueSpec } from "./queues";

// The store is replaced by a script of fetch answers, so a test decides how long each fetch takes.
const fetchAnswers: Array<() => Promise<FetchedJob[]>> = [];
vi.mock("@/db/jobs", () => ({
  fetchJobs: vi.fn(() => (fetchAnswers.shift() ?? (async () => []))()),
  completeJob: vi.fn(async () => undefined),
  failJob: vi.fn(async () => undefined),
}));
vi.mock("@/db/notifications", () => ({ listen: () => () => undefined }));

const { createJobRunner } = await import("./job-runner");

const queue: QueueSpec = {
  name: "test-queue",
  policy: "standard",
  retryLimit: 0,
  retryDelaySeconds: 1,
  expireInSeconds: 60,
  concurrency: 1,
};
const job = (id: string): FetchedJob => ({ id, queue: queue.name, data: { id }, attempt: 1 });
const after = <T>(ms: number, value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), ms));

beforeEach(() => {
  fetchAnswers.length = 0;
});

describe("runUntilIdle", () => {
  test("waits for a fetch already under way, so the job it finds runs before it returns", async () => {
    // The first job's end starts a fetch of its own; that fetch is slow (a commit waiting for its fsync) and finds
    // a second job. runUntilIdle must not mistake "nothing running" for "idle" while that fetch is still reading.
    fetchAnswers.push(
      async () => [job("first")],
      () => after(100, [job("second")]),
    );
    const handled: string[] = [];
    const runner = createJobRunner(
      [{ queue, handle: async (data) => void handled.push((data as { id: string }).id) }],
      { pollMs: 60_000 },
    );
    await runner.runUntilIdle(5_000);
    expect(handled).toEqual(["first", "second"]);
  });

  test("returns once every fetch comes back empty and nothing runs", async () => {
    fetchAnswers.push(async () => [job("only")]);
    const handled: string[] = [];
    const runner = createJobRunner(
      [{ queue, handle: async (data) => void handled.push((data as { id: string }).id) }],
      { pollMs: 60_000 },
    );
    await runner.runUntilIdle(5_000);
    expect(handled).toEqual(["only"]);
    expect(fetchAnswers).toHaveLength(0);
  });
});
