// How long each dialer lets a receptionist wait for the person's answer, and why (README "Live questions").
// The wait is counted in polls, not against a clock, so a test with a fixed clock still ends.

/** How often a waiting agent reads the question's row: the answer is in the database, so any instance may serve it. */
export const answerPollMs = 250;

/**
 * ElevenLabs: ask_client is a webhook tool whose response must arrive within its response_timeout_secs (the SDK
 * documents 5–300 s). The tool's timeout is set to 45 s and the wait to 35 s, leaving 10 s for the request to reach
 * us, the reply to travel back, and a slow database, so the agent always gets our "will call back" answer rather
 * than a tool error.
 */
export const elevenLabsAskPersonTimeoutSecs = 45;
export const elevenLabsAnswerWaitMs = 35_000;

/**
 * Twilio: the scripted call holds the line with <Pause> and re-asks our voice route with <Redirect> (each webhook must
 * answer within Twilio's 15 s). 10 rounds of 4 s: a receptionist told "one moment please" waits about 40 s, close to
 * what a person holds on the phone before giving up.
 */
export const twilioPauseSeconds = 4;
export const twilioMaxPolls = 10;

/** The number of polls that cover a wait of `waitMs` (at least one: an answer already given is always seen). */
export function pollsFor(waitMs: number, pollMs: number = answerPollMs): number {
  return Math.max(1, Math.ceil(waitMs / pollMs));
}
