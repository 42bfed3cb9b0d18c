// Waiting for another process's write lock on the SQLite file without stopping the event loop. SQLite's own
// busy_timeout sleeps inside the call, and better-sqlite3 calls are synchronous, so a long busy_timeout would freeze
// every request of the server while a script writes to the same file. Instead busy_timeout stays short and a
// statement that still finds the file locked is tried again after an awaited pause.
import { setTimeout as sleep } from "node:timers/promises";

export interface BusyRetryOptions {
  /** How long to keep trying before the lock error reaches the caller. */
  patienceMs: number;
  /** The first pause; each later one doubles, up to maxPauseMs. */
  firstPauseMs: number;
  maxPauseMs: number;
}

export const defaultBusyRetry: BusyRetryOptions = { patienceMs: 10_000, firstPauseMs: 2, maxPauseMs: 100 };

/**
 * Whether SQLite refused the statement because another connection holds the lock it needs (SQLITE_BUSY and its
 * extended codes). Such a statement did nothing, so running it again is safe.
 */
export function isBusyError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("SQLITE_BUSY");
}

/** Runs attempt until it does not fail with SQLITE_BUSY, pausing (asynchronously) between tries. */
export async function retryWhileBusy<T>(
  attempt: () => T | Promise<T>,
  options: BusyRetryOptions = defaultBusyRetry,
): Promise<T> {
  const giveUpAt = Date.now() + options.patienceMs;
  let pauseMs = options.firstPauseMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (!isBusyError(error) || Date.now() + pauseMs > giveUpAt) throw error;
    }
    await sleep(pauseMs);
    pauseMs = Math.min(pauseMs * 2, options.maxPauseMs);
  }
}
