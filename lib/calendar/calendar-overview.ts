// Everything the person's calendar page shows: their busy blocks, calendars, the busy times CallPilot will avoid in
// the coming weeks (with titles: this is the person's own view), the private feed and the Google Calendar option.
import { listBusyBlocksOverlapping } from "@/db/calendar-busy-blocks";
import { listCalendarSourceVersions } from "@/db/calendar-sources";
import type { Clock } from "@/lib/clock";
import { getConfig } from "@/lib/config";
import { feedStatus, type FeedView } from "./booking-feed";
import { listUpcomingBlocks, type BusyBlockView } from "./busy-blocks";
import { listCalendarSourceViews, type CalendarSourceView } from "./calendar-sources";
import { googleCalendarStatus, type GoogleCalendarStatus } from "./google/google-connection";
import { isGoogleCalendarConfigured } from "./google/google-oauth";
import { occurrencesOfSource } from "./parsed-calendars";

const upcomingDays = 28;
const upcomingLimit = 200;

export interface UpcomingBusyTime {
  source: "manual" | "file" | "url";
  source_id: string | null;
  source_name: string;
  /** The calendar event's UID, for imported and subscribed entries. */
  uid: string | null;
  title: string | null;
  start: string;
  end: string;
  all_day: boolean;
}

export interface CalendarOverview {
  busy_blocks: BusyBlockView[];
  sources: CalendarSourceView[];
  upcoming: UpcomingBusyTime[];
  upcoming_days: number;
  feed: FeedView;
  google: GoogleCalendarStatus;
}

export async function calendarOverview(
  userId: string,
  baseUrl: string,
  clock: Clock,
): Promise<CalendarOverview> {
  const now = clock.now();
  const period = { from: now, to: new Date(now.getTime() + upcomingDays * 86_400_000) };
  return {
    busy_blocks: await listUpcomingBlocks(userId, clock),
    sources: await listCalendarSourceViews(userId),
    upcoming: await upcomingBusyTimes(userId, period),
    upcoming_days: upcomingDays,
    feed: await feedStatus(userId, baseUrl),
    google: await googleCalendarStatus(userId),
  };
}

/** What a visitor with no session yet sees: nothing of theirs, and the options this server offers. */
export function emptyCalendarOverview(): CalendarOverview {
  return {
    busy_blocks: [],
    sources: [],
    upcoming: [],
    upcoming_days: upcomingDays,
    feed: { url: null, created_at: null },
    google: { available: isGoogleCalendarConfigured(getConfig()), connected: false, last_error: null },
  };
}

async function upcomingBusyTimes(
  userId: string,
  period: { from: Date; to: Date },
): Promise<UpcomingBusyTime[]> {
  const upcoming: UpcomingBusyTime[] = (await listBusyBlocksOverlapping(userId, period)).map((block) => ({
    source: "manual",
    source_id: null,
    source_name: "Added by hand",
    uid: null,
    title: block.title,
    start: block.startsAt.toISOString(),
    end: block.endsAt.toISOString(),
    all_day: false,
  }));
  for (const source of await listCalendarSourceVersions(userId)) {
    for (const occurrence of await occurrencesOfSource(source, period)) {
      upcoming.push({
        source: source.kind,
        source_id: source.id,
        source_name: source.name,
        uid: occurrence.uid,
        title: occurrence.title,
        start: occurrence.start.toISOString(),
        end: occurrence.end.toISOString(),
        all_day: occurrence.allDay,
      });
    }
  }
  return upcoming.sort((a, b) => Date.parse(a.start) - Date.parse(b.start)).slice(0, upcomingLimit);
}
