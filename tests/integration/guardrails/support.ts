// Shared set-up of the guardrail tests: a stand-in for a real dialer (the gate goes by the dialer's name, as it
// would with Twilio pointed at a stub), people in each state the gate knows, and what a person has queued.
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { bookings, calls, user } from "@/db/schema";
import { findUserByEmail } from "@/db/users";
import { POST as postBookingRequest } from "@/app/api/booking/request/route";
import { POST as postConsent } from "@/app/api/account/consent/route";
import type { Dialer, PlaceCallRequest } from "@/lib/calls/dialer";
import { consentVersion } from "@/lib/guardrails/consent";
import { resetConfigForTests } from "@/lib/config";
import { emailSession, jsonRequest } from "../helpers";
import { resetRuntimeForTests } from "../support/runtime-reset";

/** A dialer named like Twilio's that records whom it was asked to call and rings nobody. */
export function recordingRealDialer(): Dialer & { placed: PlaceCallRequest[] } {
  const placed: PlaceCallRequest[] = [];
  return {
    name: "twilio",
    callsRealPhones: false,
    placed,
    async placeCall(request) {
      placed.push(request);
      return { externalId: `CA${placed.length.toString().padStart(32, "0")}` };
    },
    async wasPlaced() {
      return "not_placed";
    },
  };
}

/** Sets these variables for the rest of the file and re-reads the configuration. */
export function useEnv(values: Record<string, string>): void {
  Object.assign(process.env, values);
  resetConfigForTests();
  resetRuntimeForTests();
}

let counter = 0;

/** A signed-up person; verified and consenting unless told otherwise. */
export async function person(
  options: { verified?: boolean; consented?: boolean } = {},
): Promise<{ cookie: string; userId: string }> {
  const email = `guardrails-${process.pid}-${++counter}-${Date.now()}@example.test`;
  const cookie = await emailSession(email);
  const userId = (await findUserByEmail(email))!.id;
  if (options.verified ?? true) {
    await getDb().update(user).set({ emailVerified: true }).where(eq(user.id, userId));
  }
  if ((options.verified ?? true) && (options.consented ?? true)) {
    const response = await postConsent(
      jsonRequest("/api/account/consent", { cookie, body: { version: consentVersion } }),
      {},
    );
    if (response.status !== 201) throw new Error(`consent refused: ${response.status}`);
  }
  return { cookie, userId };
}

export const dentistsInCambridge = {
  service_type: "dentist",
  location: "Cambridge MA",
  timeframe: "next week",
  client_name: "Sam Lee",
};

export function requestBooking(
  cookie: string,
  body: Record<string, unknown> = dentistsInCambridge,
  swarm = 2,
) {
  return postBookingRequest(
    jsonRequest("/api/booking/request", {
      cookie,
      body: { ...body, preferences: { swarm_size: swarm, mode: "auto" } },
    }),
    {},
  );
}

export async function bookingsOf(userId: string) {
  return getDb().select().from(bookings).where(eq(bookings.userId, userId));
}

export async function callsOf(userId: string) {
  return getDb().select().from(calls).where(eq(calls.userId, userId));
}
