// Makes the embedded database's commits durable without stopping the server. With synchronous=FULL, SQLite fsyncs
// the write-ahead log inside COMMIT, and better-sqlite3 runs COMMIT on the event loop: under a few hundred live calls
// those fsyncs (about 5 ms each here) were most of the busy time, and every TwiML turn and tool request waited behind
// them (`npm run bench -- --only=live-calls`). So the connection runs synchronous=NORMAL (in WAL mode a commit is
// written to the log but not synced; the file stays consistent) and a commit's caller awaits this fsync of the log
// instead, which runs on libuv's thread pool. Commits that ask while an fsync is running share the next one (group
// commit), so a burst of commits costs two fsyncs, not one each. A caller therefore never acts on a commit — tells
// a business "booked", answers a webhook — before it is on disk, as with FULL.
import fs from "node:fs";

export interface WalSync {
  /** Resolves once everything committed before the call is on disk. */
  flush(): Promise<void>;
  close(): void;
}

type Fsync = (fd: number) => Promise<void>;

const fsyncOnThreadPool: Fsync = (fd) =>
  new Promise((resolve, reject) => fs.fsync(fd, (error) => (error ? reject(error) : resolve())));

/** For a database file in WAL mode; `fsync` is replaceable so tests can hold a sync open. */
export function walSyncFor(databasePath: string, fsync: Fsync = fsyncOnThreadPool): WalSync {
  const walPath = `${databasePath}-wal`;
  let fd: number | null = null;
  let running: Promise<void> | null = null;
  let queued: Promise<void> | null = null;

  // The log is created by the first write and, while this connection stays open, never replaced; a handle opened
  // for reading is enough to fsync it on Linux and macOS.
  const logHandle = (): number | null => {
    if (fd !== null && fs.fstatSync(fd).nlink > 0) return fd;
    if (fd !== null) fs.closeSync(fd);
    fd = fs.existsSync(walPath) ? fs.openSync(walPath, "r") : null;
    return fd;
  };

  const syncOnce = async (): Promise<void> => {
    const handle = logHandle();
    if (handle !== null) await fsync(handle);
  };

  return {
    flush() {
      if (!running) {
        running = syncOnce().finally(() => (running = null));
        return running;
      }
      // An fsync already under way may have started before this commit was written: wait for the next one.
      queued ??= running
        .catch(() => undefined)
        .then(() => {
          queued = null;
          running = syncOnce().finally(() => (running = null));
          return running;
        });
      return queued;
    },
    close() {
      if (fd !== null) fs.closeSync(fd);
      fd = null;
    },
  };
}

/** For ":memory:" databases: nothing to sync. */
export const noWalSync: WalSync = { flush: async () => undefined, close: () => undefined };
