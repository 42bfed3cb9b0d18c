// A call's failure or wait reason as its two columns: the English text (admin area, logs, the API) and the sentence
// CallPilot wrote (the person's page, in their language). Shared by every write that ends or holds back a call.
import type { StoredReason } from "@/lib/sentences/sentence";

/** Both columns of the reason; both null when there is none. */
export function failureColumns(reason: StoredReason | null) {
  return { failureReason: reason?.text ?? null, failureSentence: reason?.sentence ?? null };
}
