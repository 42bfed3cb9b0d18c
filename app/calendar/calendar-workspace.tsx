// The calendar page's body: loads the person's calendar once, then each panel changes it and it reloads.
"use client";

import { useMemo } from "react";
import { BusyBlocksPanel } from "./busy-blocks-panel";
import { CalendarSourcesPanel } from "./calendar-sources-panel";
import { FeedPanel } from "./feed-panel";
import { GoogleCalendarPanel } from "./google-calendar-panel";
import { UpcomingBusyTimes } from "./upcoming-busy-times";
import { useCalendar } from "./use-calendar";

export function CalendarWorkspace({ googleOutcome }: { googleOutcome: "connected" | "failed" | null }) {
  const { overview, loadError, change } = useCalendar();
  const timeZone = useMemo(() => Intl.DateTimeFormat().resolvedOptions().timeZone, []);

  if (loadError) {
    return (
      <p role="alert" className="rounded-xl bg-rose-50 px-4 py-3 text-sm text-rose-700">
        {loadError}
      </p>
    );
  }
  if (!overview) {
    return (
      <div className="space-y-4" aria-label="Loading your calendar">
        {[0, 1, 2].map((index) => (
          <div key={index} className="h-32 animate-pulse rounded-2xl bg-slate-200/60" />
        ))}
      </div>
    );
  }
  return (
    <div className="grid gap-5 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]" data-testid="calendar-workspace">
      <div className="space-y-5">
        <BusyBlocksPanel blocks={overview.busy_blocks} timeZone={timeZone} change={change} />
        <CalendarSourcesPanel sources={overview.sources} timeZone={timeZone} change={change} />
        {overview.google.available && (
          <GoogleCalendarPanel status={overview.google} outcome={googleOutcome} change={change} />
        )}
        <FeedPanel feed={overview.feed} change={change} />
      </div>
      <UpcomingBusyTimes upcoming={overview.upcoming} days={overview.upcoming_days} timeZone={timeZone} />
    </div>
  );
}
