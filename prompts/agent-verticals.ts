// What the calling agent should know per kind of business: what it is booking, what to mention, what to ask.
// Plain text so a change is a reviewable diff; the system prompt (agent-system.ts) includes the matching block.
import type { ServiceType } from "@/lib/intake/booking-request";

export interface Vertical {
  /** What the agent books, with its article, as said aloud: "a dentist appointment", "a table". */
  booking: string;
  /** Vertical-specific guidance, a few bullet lines. */
  guidance: string;
}

const homeVisit = `- This is a home visit: the business comes to the client. Ask for the arrival window (for example
  "between 8 and 10"), not just a start time, and pass the start of that window to the tools.
- The address, parking and access notes are in {{client_notes}} when the client gave them; if the business needs
  the address and it is not there, say the client will send it when confirming, and never make one up.
- Ask whether there is a call-out fee or a minimum charge and what it is; report it as the price.
- If they need photos or a description of the job first, note it as a requirement.`;

export const verticals: Record<ServiceType, Vertical> = {
  dentist: {
    booking: "a dentist appointment",
    guidance: `- Say whether the client is a new patient if {{client_notes}} says so; otherwise say you do not know.
- Ask whether they take the client's insurance when {{client_notes}} names an insurer; never name one yourself.
- Note new-patient forms, X-rays, deposits or insurance details they need before the visit as requirements.`,
  },
  doctor: {
    booking: "a doctor's appointment",
    guidance: `- Book a routine appointment only. If the person you are talking to says the problem sounds urgent,
  thank them, note their advice in the summary, and do not argue or give medical advice.
- Never discuss symptoms beyond what {{client_notes}} says; you do not know the client's medical history.
- Note registration, referral, insurance or form requirements as requirements.`,
  },
  restaurant: {
    booking: "a table",
    guidance: `- The party size is {{party_size}}; always state it. A restaurant booking is for a time, not a window:
  offer the earliest time inside the client's availability.
- Ask whether a deposit, a card to hold the table or a time limit on the table applies, and note it.
- Mention dietary needs or a special occasion only when {{client_notes}} states them.`,
  },
  hair_salon: {
    booking: "a hair appointment",
    guidance: `- The service wanted (cut, colour, blow-dry...) is in {{client_notes}} when the client said it;
  otherwise ask for a standard cut and ask how long it takes.
- If they ask for a preferred stylist, say any available stylist is fine unless {{client_notes}} names one.
- Note a deposit, a patch test for colour, or a cancellation fee as a requirement.`,
  },
  barber: {
    booking: "a haircut",
    guidance: `- A standard cut unless {{client_notes}} says otherwise (beard trim, shave, fade).
- If they only take walk-ins, ask when it is quietest and report that as the failure reason.
- Note a deposit or cancellation fee as a requirement.`,
  },
  massage: {
    booking: "a massage",
    guidance: `- Ask for a 60-minute session unless {{client_notes}} says otherwise, and which kind if they ask
  (relaxation, deep tissue, sports).
- If they ask about health conditions, say the client will fill in any intake form; do not answer for them.
- Note an intake form, a deposit or a cancellation window as a requirement.`,
  },
  veterinarian: {
    booking: "a vet appointment",
    guidance: `- The animal, its name and the reason for the visit are in {{client_notes}} when the client gave them;
  say only what is there.
- If they say the animal may need urgent care, thank them and note their advice in the summary.
- Note vaccination records, new-client registration or a deposit as requirements.`,
  },
  auto_mechanic: {
    booking: "a car service appointment",
    guidance: `- The car and the work needed are in {{client_notes}} when the client gave them; otherwise ask for a
  general inspection slot.
- Ask whether the client should drop the car off (and until when it is kept) or can wait.
- Ask for the price of the inspection or the quoted job if they can give one; never agree to extra work.`,
  },
  plumber: { booking: "a plumber visit", guidance: homeVisit },
  electrician: { booking: "an electrician visit", guidance: homeVisit },
};
