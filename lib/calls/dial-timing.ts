// How long one dial can take at worst, per dialer: the figures the dispatcher's claim lease (DIAL_LEASE_SECONDS)
// must outlast. A lease that ran out mid-dial would let another pass take the claim and end a call that is ringing,
// so start-up checks it (lib/config.ts). The dialers and the dispatcher take these numbers from here, so the check
// cannot drift from what they do. No imports: the configuration reads this module.

/** The pauses between the dispatcher's tries of a dial that failed transiently: three tries in all. */
export const dialRetryPausesMs = [300, 1_000] as const;
export const dialAttempts = dialRetryPausesMs.length + 1;

/**
 * Twilio's REST requests give up after this long. The SDK retries nothing on its own (its autoRetry is off), and a
 * request that timed out is never tried again (it may have rung the business), but a slow 5xx answer is.
 */
export const twilioRequestTimeoutMs = 15_000;

/**
 * ElevenLabs requests each give up after ELEVENLABS_TIMEOUT_SECONDS, with the SDK's own retries off. A try after an
 * ambiguous failure (timeout, 5xx) first looks the conversation up, so every try after the first makes two requests.
 */
export const elevenLabsRequestsPerDial = 1 + 2 * (dialAttempts - 1);

/**
 * A call the person allows to hand over first looks up the transfer tool (the agent, then the tools list: one page
 * for CallPilot's handful of tools), once per dialer and at most once a minute after a failure (issue 16).
 */
export const elevenLabsHandoverLookupRequests = 2;

export type DialerKind = "elevenlabs" | "twilio" | "simulated";

export interface LongestDial {
  seconds: number;
  /** How the figure comes about, naming the settings it depends on, for the start-up message. */
  explanation: string;
}

const pausesSeconds = dialRetryPausesMs.reduce((sum, ms) => sum + ms, 0) / 1000;
const format = (seconds: number) => String(Math.round(seconds * 100) / 100);

export function longestDial(
  dialer: DialerKind,
  settings: { ELEVENLABS_TIMEOUT_SECONDS: number; SIM_DIAL_LATENCY_MS: number },
): LongestDial {
  switch (dialer) {
    case "elevenlabs": {
      const timeout = settings.ELEVENLABS_TIMEOUT_SECONDS;
      const requests = elevenLabsRequestsPerDial + elevenLabsHandoverLookupRequests;
      const seconds = requests * timeout + pausesSeconds;
      return {
        seconds,
        explanation: `a dial through ElevenLabs can take ${format(seconds)} s (${dialAttempts} tries making up to ${requests} requests, the hand-over tool's look-up included, of ELEVENLABS_TIMEOUT_SECONDS=${format(timeout)} s each, plus ${format(pausesSeconds)} s between tries)`,
      };
    }
    case "twilio": {
      const timeout = twilioRequestTimeoutMs / 1000;
      const seconds = dialAttempts * timeout + pausesSeconds;
      return {
        seconds,
        explanation: `a dial through Twilio can take ${format(seconds)} s (${dialAttempts} tries of up to ${format(timeout)} s, Twilio's request timeout, plus ${format(pausesSeconds)} s between tries)`,
      };
    }
    case "simulated": {
      const seconds = settings.SIM_DIAL_LATENCY_MS / 1000;
      return {
        seconds,
        explanation: `a simulated dial takes SIM_DIAL_LATENCY_MS=${settings.SIM_DIAL_LATENCY_MS} ms`,
      };
    }
  }
}
