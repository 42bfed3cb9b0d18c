// The dialer interface every way of phoning a business implements (simulated, ElevenLabs, Twilio).
// placeCall only starts a call; what happens on it comes back asynchronously through lib/calls/ingestion.ts.
import type { CallRow } from "@/db/schema";
import type { JobRegistration } from "@/lib/jobs/job-runner";
import type { CallBrief } from "./call-brief";

export type DialerName = "simulated" | "elevenlabs" | "twilio";

export interface PlaceCallRequest {
  brief: CallBrief;
  /** The number to dial: the provider's, or CALL_REDIRECT_TO when the safety switch is on. */
  to: string;
  redirected: boolean;
}

export interface PlacedCall {
  /** The vendor's id for the conversation (ElevenLabs conversation id, Twilio call sid, simulation id). */
  externalId: string;
  /** The telephony call sid when the vendor reports one separately (ElevenLabs over Twilio). */
  externalCallSid?: string;
}

export type PlacementCheck = "placed" | "not_placed" | "unknown";

export interface Dialer {
  readonly name: DialerName;
  /** True when placeCall phones a real business (and so costs money and needs the guardrails). */
  readonly callsRealPhones: boolean;
  placeCall(request: PlaceCallRequest): Promise<PlacedCall>;
  /**
   * After a crash: whether a call left in `dialing` (claimed, result not recorded) reached the vendor.
   * The dispatcher redials only on "not_placed", so a call is never dialed twice.
   */
  wasPlaced(call: CallRow): Promise<PlacementCheck>;
  /** Jobs the dialer's calls run on (the simulation's conversations); the composition root runs them. */
  readonly backgroundWork?: JobRegistration[];
}

/** A dial that did not start. Transient failures (rate limit, timeout, 5xx) are retried with backoff; permanent never. */
export class DialError extends Error {
  constructor(
    readonly permanence: "transient" | "permanent",
    /** A sentence for the person and the admin: "The number is not a valid phone number." */
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
    this.name = "DialError";
  }
}
