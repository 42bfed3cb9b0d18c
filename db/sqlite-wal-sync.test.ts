import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { walSyncFor } from "./sqlite-wal-sync";

let folder: string;
let databasePath: string;

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "callpilot-wal-"));
  databasePath = path.join(folder, "callpilot.db");
  fs.writeFileSync(`${databasePath}-wal`, "log");
});

afterEach(() => fs.rmSync(folder, { recursive: true, force: true }));

/** An fsync the test finishes by hand, recording when each one started. */
function heldFsync() {
  const started: Array<() => void> = [];
  const fsync = () => new Promise<void>((resolve) => started.push(resolve));
  return { fsync, started, finish: (index: number) => started[index]() };
}

describe("syncing the write-ahead log off the event loop", () => {
  it("a flush resolves only when an fsync that started after it finished", async () => {
    const held = heldFsync();
    const sync = walSyncFor(databasePath, held.fsync);
    let first = false;
    void sync.flush().then(() => (first = true));
    await sleep(5);
    let second = false;
    // Asked while the first fsync runs: that one may have started before this commit reached the log.
    void sync.flush().then(() => (second = true));
    held.finish(0);
    await sleep(5);
    expect(first).toBe(true);
    expect(second).toBe(false);
    expect(held.started).toHaveLength(2);
    held.finish(1);
    await sleep(5);
    expect(second).toBe(true);
    sync.close();
  });

  it("commits asking while one fsync runs share the next one (group commit)", async () => {
    const held = heldFsync();
    const sync = walSyncFor(databasePath, held.fsync);
    void sync.flush();
    const waiting = Array.from({ length: 20 }, () => sync.flush());
    held.finish(0);
    await sleep(5);
    held.finish(1);
    await Promise.all(waiting);
    expect(held.started).toHaveLength(2);
    sync.close();
  });

  it("by default fsyncs the log file itself on the thread pool, and skips a database with no log yet", async () => {
    const fsync = vi.spyOn(fs, "fsync");
    const sync = walSyncFor(databasePath);
    await sync.flush();
    expect(fsync).toHaveBeenCalledTimes(1);
    const fd = fsync.mock.calls[0][0];
    expect(fs.fstatSync(fd).ino).toBe(fs.statSync(`${databasePath}-wal`).ino);
    const fresh = walSyncFor(path.join(folder, "other.db"));
    await fresh.flush();
    expect(fsync).toHaveBeenCalledTimes(1);
    sync.close();
    fresh.close();
    fsync.mockRestore();
  });
});
