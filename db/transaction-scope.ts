// Which transaction the running code is in, carried through awaits (AsyncLocalStorage): every query function in db/
// asks getDb() for its handle, so a function called inside transaction() joins it without being passed a handle,
// and what must only happen once the transaction committed (waking readers) waits for the commit.
import { AsyncLocalStorage } from "node:async_hooks";

export interface TransactionScope<Handle> {
  /** The handle bound to the open transaction. */
  readonly handle: Handle;
  /** False once the transaction committed or rolled back: work that outlives it (a timer it started) uses the pool. */
  active: boolean;
  readonly afterCommit: Array<() => void>;
  /** The raw connection the transaction runs on (PostgreSQL), for libraries that write in it (pg-boss). */
  readonly connection?: unknown;
}

// One store per process, whichever copy of this module asks: Next bundles server code into several chunks, and a
// module-level store per chunk would lose the transaction between a route's chunk and db/'s.
const storageKey = Symbol.for("callpilot.transaction-scope");
type Holder = { [storageKey]?: AsyncLocalStorage<TransactionScope<unknown>> };
const storage = ((globalThis as Holder)[storageKey] ??= new AsyncLocalStorage<TransactionScope<unknown>>());

export function activeScope<Handle>(): TransactionScope<Handle> | undefined {
  const scope = storage.getStore() as TransactionScope<Handle> | undefined;
  return scope?.active ? scope : undefined;
}

export function runInScope<Handle, T>(scope: TransactionScope<Handle>, work: () => Promise<T>): Promise<T> {
  return storage.run(scope as TransactionScope<unknown>, work);
}

/** Runs the scope's after-commit work; one failing hook neither stops the others nor fails the commit. */
export function runAfterCommit(scope: TransactionScope<unknown>, onError: (error: unknown) => void): void {
  for (const hook of scope.afterCommit) {
    try {
      hook();
    } catch (error) {
      onError(error);
    }
  }
}
