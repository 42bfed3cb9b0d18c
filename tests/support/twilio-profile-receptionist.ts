// Stub receptionists for whole journeys, modelled on the simulated ones (lib/calls/simulated/receptionist.ts): each
// demo business behaves as its simulation profile says (offers slots, is busy, goes to voicemail, only has slots
// weeks away, asks about insurance, does not book by phone, asks not to be called again), reacting to what
// CallPilot's script says.
import type { SimulationProfile } from "@/lib/providers/simulation-profile";
import type { ReceptionistReply, ReceptionistScript } from "./twilio-receptionist";

export interface ReceptionistOffers {
  /** Times inside the client's window, said the way a receptionist would ("Tuesday, March 10 at 9:30 AM"). */
  inside: string[];
  /** A time weeks away, for the business that only has far-future slots. */
  farAway: string;
}

export function profileReceptionist(
  profile: SimulationProfile,
  offers: ReceptionistOffers,
): ReceptionistScript {
  switch (profile) {
    case "no_answer":
      return { answer: "no_answer" };
    case "busy":
      return { answer: "busy" };
    case "voicemail":
      return { answer: "machine" };
    case "needs_insurance":
      return { answer: "human", reply: once({ speech: "Sure, which insurance do they have?" }) };
    case "opt_out":
      return {
        answer: "human",
        reply: once({ speech: "We don't accept automated calls. Please take us off your list." }),
      };
    case "no_phone_booking":
      return {
        answer: "human",
        reply: once({ speech: "Sorry, we don't take bookings over the phone. Please use our website." }),
      };
    case "far_future":
      return offering(
        [`The earliest we have is ${offers.farAway}.`],
        "No, sorry, we're fully booked until then.",
      );
    default:
      return offering(
        offers.inside.map((time, i) =>
          i === 0 ? `Let me look... we could do ${time}.` : `How about ${time}?`,
        ),
      );
  }
}

/** Offers each time in turn when asked, says yes to a slot read back, and `nothingElse` once out of offers. */
function offering(times: string[], nothingElse = "No, sorry, that's all we have."): ReceptionistScript {
  let next = 0;
  return {
    answer: "human",
    reply: (said) => {
      if (/could you (book|hold)|can you book|still available to book/i.test(said))
        return { speech: "Yes, that's fine." };
      if (/opening|which date and time|anything else|another time|didn't catch/i.test(said)) {
        return { speech: next < times.length ? times[next++] : nothingElse };
      }
      return "hang_up";
    },
  };
}

function once(reply: ReceptionistReply): ReceptionistScript["reply"] {
  let said = false;
  return () => {
    if (said) return "hang_up";
    said = true;
    return reply;
  };
}
