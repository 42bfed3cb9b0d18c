// The calendar page's body, rendered on the server with the person's calendar; each panel changes it through a
// server action, after which the page renders again with the result.
import type { CalendarOverview } from "@/lib/calendar/calendar-overview";
import { BusyBlocksPanel } from "./busy-blocks-panel";
import { CalendarSourcesPanel } from "./calendar-sources-panel";
import { FeedPanel } from "./feed-panel";
import { GoogleCalendarPanel } from "./google-calendar-panel";
import { UpcomingBusyTimes } from "./upcoming-busy-times";

export function CalendarWorkspace({
  overview,
  timeZone,
  signedIn,
  googleOutcome,
}: {
  overview: CalendarOverview;
  timeZone: string;
  /** False on a first visit, before the browser has started a (guest) session: the forms wait for it. */
  signedIn: boolean;
  googleOutcome: "connected" | "failed" | null;
}) {
  return (
    <div
      className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]"
      data-testid="calendar-workspace"
      data-signed-in={signedIn}
    >
      <div className="space-y-5">
        <BusyBlocksPanel blocks={overview.busy_blocks} timeZone={timeZone} signedIn={signedIn} />
        <CalendarSourcesPanel sources={overview.sources} timeZone={timeZone} signedIn={signedIn} />
        {overview.google.available && signedIn && (
          <GoogleCalendarPanel status={overview.google} outcome={googleOutcome} />
        )}
        <FeedPanel feed={overview.feed} signedIn={signedIn} />
      </div>
      <UpcomingBusyTimes upcoming={overview.upcoming} days={overview.upcoming_days} timeZone={timeZone} />
    </div>
  );
}
