import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import Database from "better-sqlite3";
import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { busyTimeoutMs, openSqlite, type SqliteConnection } from "./sqlite-connection";

let folder: string;
let app: SqliteConnection;
let script: Database.Database;

beforeEach(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "callpilot-sqlite-"));
  const file = path.join(folder, "callpilot.db");
  app = openSqlite(file);
  app.sqlite.exec("create table scratch (note text not null)");
  // A second process's connection, as a maintenance script writing to the same file would open it.
  script = new Database(file);
});

afterEach(() => {
  script.close();
  app.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

/** Counts event-loop turns until stopped. */
function tickCounter(): { ticks: () => number; stop: () => void } {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  return { ticks: () => ticks, stop: () => clearInterval(timer) };
}

/** Holds the script's write lock while `during` runs, then commits the script's own write. */
async function whileScriptHoldsWriteLock(during: () => Promise<void>): Promise<void> {
  script.exec("BEGIN IMMEDIATE");
  script.prepare("insert into scratch (note) values ('script')").run();
  try {
    await during();
  } finally {
    script.exec("COMMIT");
  }
}

const notes = () => app.sqlite.prepare("select note from scratch order by rowid").pluck().all();

describe("the embedded database's durability and lock waits", () => {
  it("runs WAL with synchronous=NORMAL: commits are synced by the connection, off the event loop", () => {
    // 1 is NORMAL; FULL (2) would fsync inside COMMIT, on the event loop.
    expect(app.sqlite.pragma("synchronous", { simple: true })).toBe(1);
    expect(app.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    expect(app.sqlite.pragma("busy_timeout", { simple: true })).toBe(busyTimeoutMs);
  });

  it("a write waiting for another process's write lock leaves the event loop turning, then succeeds", async () => {
    let write: Promise<unknown> | undefined;
    let written = false;
    let ticksWhileWaiting = 0;
    await whileScriptHoldsWriteLock(async () => {
      const counter = tickCounter();
      write = app.rows(sql`insert into scratch (note) values ('app')`).then(() => (written = true));
      await sleep(150);
      ticksWhileWaiting = counter.ticks();
      counter.stop();
      expect(written).toBe(false);
    });
    await write;
    expect(ticksWhileWaiting).toBeGreaterThan(10);
    expect(notes()).toEqual(["script", "app"]);
  });

  it("a transaction waiting to begin leaves the event loop turning, and this process's reads go on", async () => {
    let transaction: Promise<unknown> | undefined;
    let ticksWhileWaiting = 0;
    let readWhileWaiting: unknown;
    await whileScriptHoldsWriteLock(async () => {
      const counter = tickCounter();
      transaction = app.transaction(
        async () => {
          await app.rows(sql`insert into scratch (note) values ('app transaction')`);
        },
        () => undefined,
      );
      await sleep(50);
      readWhileWaiting = await app.rows(sql`select count(*) as n from scratch`);
      await sleep(100);
      ticksWhileWaiting = counter.ticks();
      counter.stop();
    });
    await transaction;
    expect(ticksWhileWaiting).toBeGreaterThan(10);
    // The script's uncommitted row is not visible yet; the read did not queue behind the waiting transaction.
    expect(readWhileWaiting).toEqual([{ n: 0 }]);
    expect(notes()).toEqual(["script", "app transaction"]);
  });
});

describe("a commit returns once it is on disk, and the server goes on meanwhile", () => {
  let held: SqliteConnection;
  let releaseSync: () => void;
  let flushes: number;

  beforeEach(() => {
    flushes = 0;
    held = openSqlite(path.join(folder, "held.db"), {
      walSync: () => ({
        flush: () => {
          flushes++;
          return new Promise<void>((resolve) => (releaseSync = resolve));
        },
        close: () => undefined,
      }),
    });
    held.sqlite.exec("create table scratch (note text not null)");
  });

  afterEach(() => held.close());

  it("a transaction is committed but does not return until the log is synced; other queries run meanwhile", async () => {
    let returned = false;
    const transaction = held
      .transaction(
        async (db) => db.run(sql`insert into scratch (note) values ('booked')`),
        () => undefined,
      )
      .then(() => (returned = true));
    await sleep(30);
    expect(flushes).toBe(1);
    expect(returned).toBe(false);
    // Committed (another connection sees it) and the connection's lock is free for the next query.
    const reader = new Database(path.join(folder, "held.db"), { readonly: true });
    expect(reader.prepare("select note from scratch").pluck().all()).toEqual(["booked"]);
    reader.close();
    expect(await held.rows(sql`select count(*) as n from scratch`)).toEqual([{ n: 1 }]);
    releaseSync();
    await transaction;
    expect(returned).toBe(true);
  });

  it("a write outside a transaction waits for the sync too; a read does not", async () => {
    let written = false;
    const write = held.db.run(sql`insert into scratch (note) values ('alone')`).then(() => (written = true));
    await sleep(30);
    expect(written).toBe(false);
    expect(flushes).toBe(1);
    await held.db.all(sql`select note from scratch`);
    expect(flushes).toBe(1);
    releaseSync();
    await write;
    expect(written).toBe(true);
  });
});
