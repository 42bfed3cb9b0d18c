import { describe, expect, it } from "vitest";
import { isBusyError, retryWhileBusy } from "./sqlite-busy-retry";

const busy = () => Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
const quick = { patienceMs: 100, firstPauseMs: 1, maxPauseMs: 5 };

describe("waiting out another process's lock", () => {
  it("tries a refused statement again until the lock is free", async () => {
    let tries = 0;
    const result = await retryWhileBusy(() => {
      tries++;
      if (tries < 4) throw busy();
      return "done";
    }, quick);
    expect(result).toBe("done");
    expect(tries).toBe(4);
  });

  it("passes any other error straight through, without trying again", async () => {
    let tries = 0;
    const failure = Object.assign(new Error("no such table"), { code: "SQLITE_ERROR" });
    await expect(
      retryWhileBusy(() => {
        tries++;
        throw failure;
      }, quick),
    ).rejects.toBe(failure);
    expect(tries).toBe(1);
  });

  it("gives up with the lock error once its patience runs out", async () => {
    await expect(
      retryWhileBusy(() => {
        throw busy();
      }, quick),
    ).rejects.toMatchObject({ code: "SQLITE_BUSY" });
  });

  it("knows SQLite's extended busy codes", () => {
    expect(isBusyError({ code: "SQLITE_BUSY_SNAPSHOT" })).toBe(true);
    expect(isBusyError({ code: "SQLITE_LOCKED" })).toBe(false);
    expect(isBusyError(null)).toBe(false);
  });
});
