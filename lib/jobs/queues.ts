// The job queues CallPilot runs, each with its delivery policy. A job runs at least once: on any instance, again
// after a failure (up to retryLimit, retryDelaySeconds apart), and again on another instance when the one running
// it disappears for longer than expireInSeconds. Handlers are idempotent; lib/jobs/job-handlers.ts wires them.
export interface QueueSpec {
  name: string;
  /** standard: every job runs; short: at most one job per singleton key waits (later sends fold into it). */
  policy: "standard" | "short";
  retryLimit: number;
  retryDelaySeconds: number;
  expireInSeconds: number;
  /** How many jobs of this queue one instance runs at once. */
  concurrency: number;
}

export const queues = {
  /** A dispatch pass: claim due calls within the global cap and dial them (lib/calls/dispatcher.ts). */
  dispatchCalls: {
    name: "dispatch-calls",
    policy: "short",
    retryLimit: 5,
    retryDelaySeconds: 1,
    expireInSeconds: 120,
    concurrency: 1,
  },
  /** The reactions to one reactive call event (lib/calls/call-event.ts), identified by booking and seq. */
  callEventReactions: {
    name: "call-event-reactions",
    policy: "standard",
    retryLimit: 20,
    retryDelaySeconds: 2,
    expireInSeconds: 120,
    concurrency: 8,
  },
  /** A verified ElevenLabs post-call webhook waiting in the inbox. */
  elevenLabsWebhook: {
    name: "elevenlabs-webhook",
    policy: "standard",
    retryLimit: 10,
    retryDelaySeconds: 5,
    expireInSeconds: 120,
    concurrency: 4,
  },
  /** One simulated phone call, from ring to outcome; resumed where it stopped when its instance died. */
  simulatedCall: {
    name: "simulated-call",
    policy: "standard",
    retryLimit: 5,
    retryDelaySeconds: 1,
    expireInSeconds: 900,
    concurrency: 50,
  },
  /** The periodic safety work, once per cluster per tick (lib/jobs/periodic-work.ts). */
  periodicSweep: {
    name: "periodic-sweep",
    policy: "standard",
    retryLimit: 0,
    retryDelaySeconds: 1,
    expireInSeconds: 300,
    concurrency: 1,
  },
} as const satisfies Record<string, QueueSpec>;

export type QueueName = (typeof queues)[keyof typeof queues]["name"];
