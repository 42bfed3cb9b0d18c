// A business that asks not to be called again: how the person and the admin read it. Ingestion records the opt-out
// with the business's own words (lib/calls/heard-opt-out.ts), the retry policy never retries the call, the person's
// later calls skip the number at once, and everyone's once an admin confirms it (lib/do-not-call/opt-out-review.ts).
import { sentence } from "@/lib/sentences/sentence";

export const optedOutFailure = sentence("failureOptedOut");

/** The agent said the business opted out, but nothing the business said asks that (a person's notes may have). */
export const unfoundedOptOut = sentence("failureUnfoundedOptOut");
