// How the simulated dialer's receptionist behaves for a business: demo data only, never shown to the person.
import { z } from "zod";

export const simulationProfiles = [
  "accepts",
  "no_answer",
  "voicemail",
  "busy",
  "far_future",
  "needs_insurance",
  "no_phone_booking",
  "opt_out",
  "wants_person",
] as const;
export const simulationProfileSchema = z.enum(simulationProfiles);
export type SimulationProfile = z.infer<typeof simulationProfileSchema>;

/** What each behaviour means, for the simulator and the admin pages. */
export const simulationProfileDescriptions: Record<SimulationProfile, string> = {
  accepts: "answers and offers slots inside the requested window",
  no_answer: "the phone rings out",
  voicemail: "the call goes to voicemail",
  busy: "the line is busy",
  far_future: "answers, but the first free slot is weeks after the requested window",
  needs_insurance: "answers, but needs details (insurance, a deposit card) before it will book",
  no_phone_booking: "answers, but only takes bookings online or in person",
  opt_out: "answers, says it does not accept automated calls and asks not to be called again",
  wants_person: "answers, but insists on speaking to the person directly before it will book",
};
