// The values one provider call fills into the agent's prompt and opening line, by name. ElevenLabs receives them as
// dynamic variables ({{client_name}}...), so what a person typed never becomes part of the prompt text itself;
// the simulated dialer substitutes them into the same templates.
import { DateTime } from "luxon";
import type { CallBrief } from "@/lib/calls/call-brief";
import { describePersonDetails } from "@/lib/calls/questions/person-details";
import { spokenLines } from "./languages/spoken-lines";

export interface CallVariables {
  business_name: string;
  client_name: string;
  /** What is being booked, with its article, in the call's language: "a dentist appointment", "une table". */
  service: string;
  availability: string;
  party_size: string;
  client_notes: string;
  today: string;
  business_time_zone: string;
  target_slot: string;
  /** A reschedule call: the person's new window, as spoken; "not applicable" otherwise. */
  new_window: string;
  /** Details the client pre-filled for businesses that ask (insurance, date of birth...); "none" when none. */
  client_details: string;
}

export function callVariables(brief: CallBrief, now: Date): CallVariables {
  return {
    business_name: brief.business.name,
    client_name: brief.personName,
    service: spokenLines(brief.language).services[brief.serviceType],
    availability: brief.windowsText,
    party_size: brief.partySize ? String(brief.partySize) : "not applicable",
    client_notes: brief.notes ?? "none",
    today: DateTime.fromJSDate(now, { zone: brief.business.timeZone }).toFormat("cccc d LLLL yyyy, HH:mm"),
    business_time_zone: brief.business.timeZone,
    target_slot: brief.targetSlotText ?? "not applicable",
    new_window: brief.newWindowText ?? "not applicable",
    client_details: describePersonDetails(brief.personDetails ?? []),
  };
}
