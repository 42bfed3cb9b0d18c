// Wakes the dispatcher once the response has been sent (Next's after()), so a confirm answers in milliseconds
// and the calls fan out right behind it. Outside a request (tests, scripts) it wakes the dispatcher directly.
import { after } from "next/server";
import { wakeDispatcher } from "./dispatcher";

export function wakeDispatcherAfterResponse(): void {
  try {
    after(() => wakeDispatcher());
  } catch {
    wakeDispatcher();
  }
}
