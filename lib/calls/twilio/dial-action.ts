// The <Dial> that hands a scripted call to the person (issue 16) as Twilio sees it: how long it rings, and the
// query of its action URL (our signed voice route), which carries the number dialed and what the business asked.
/** How long the person's phone rings before the transfer counts as unanswered. */
export const handoverRingSeconds = 25;
const maxAskedInUrl = 300;

/** The Dial's action query on our voice URL: ?handover_to=+1…&asked=… (signed by Twilio with the URL). */
export interface HandoverDial {
  to: string;
  asked: string;
}

export function handoverDialFrom(url: URL): HandoverDial | null {
  const to = url.searchParams.get("handover_to");
  if (!to || !/^\+[1-9]\d{6,14}$/.test(to)) return null;
  return { to, asked: url.searchParams.get("asked") ?? "" };
}

export function handoverDialQuery(dial: HandoverDial): URLSearchParams {
  return new URLSearchParams({ handover_to: dial.to, asked: dial.asked.slice(0, maxAskedInUrl) });
}
