// The current time, re-read every second while `ticking` (for the elapsed time of calls in progress). Null in the
// server's HTML and while hydrating: the server's clock is not the browser's, and a different second would be a
// hydration mismatch.
"use client";

import { useSyncExternalStore } from "react";

let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

/** One shared one-second ticker for every timer on the page, running only while one is subscribed. */
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  now = Date.now();
  timer ??= setInterval(() => {
    now = Date.now();
    for (const notify of listeners) notify();
  }, 1000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

const stillness = () => () => {};

export function useNow(ticking: boolean): number | null {
  return useSyncExternalStore(
    ticking ? subscribe : stillness,
    () => now,
    () => null,
  );
}
