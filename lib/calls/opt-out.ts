// A business that asks not to be called again: how the person and the admin read it. Ingestion lists the number
// (lib/calls/ingestion.ts), the retry policy never retries the call, and provider selection skips the number after.
export const optedOutFailure = "They asked not to be called again; CallPilot will never call them again.";
