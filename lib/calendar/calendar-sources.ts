// The person's other calendars: an imported .ics file, or a subscribed .ics URL fetched now and again later.
// Every calendar is parsed before it is kept, so a file CallPilot cannot read is refused with the reason.
import {
  claimStaleSubscription,
  deleteCalendarSource,
  getCalendarSourceForUser,
  insertCalendarSource,
  listCalendarSources,
  listStaleSubscriptions,
  recordSourceFailed,
  recordSourceFetched,
  type CalendarSource,
} from "@/db/calendar-sources";
import { z } from "zod";
import type { Clock } from "@/lib/clock";
import { getConfig, isKnownTimeZone } from "@/lib/config";
import { AppError, conflict, invalid, notFound } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { logger } from "@/lib/logger";
import { fetchIcs, normaliseCalendarUrl, type FetchIcsOptions } from "./fetch-ics";
import { parseCalendar } from "./ics-expand";
import { sha256Hex } from "./secret-box";

const maxSourcesPerPerson = 20;

/** A subscription as asked for (POST /api/calendar/sources, the calendar page's form). */
export const calendarSubscriptionSchema = z.object({
  url: z.string().trim().min(1).max(2000).describe("The calendar's .ics address (https, http or webcal)."),
  name: z.string().trim().max(120).optional(),
  time_zone: z.string().max(64).optional().describe("The zone floating times in the calendar mean."),
});

export interface CalendarSourceView {
  id: string;
  kind: CalendarSource["kind"];
  name: string;
  /** The subscribed address, shown to its owner only. */
  url: string | null;
  time_zone: string;
  event_count: number;
  fetched_at: string | null;
  last_error: string | null;
}

export const calendarSourceView = (source: CalendarSource): CalendarSourceView => ({
  id: source.id,
  kind: source.kind,
  name: source.name,
  url: source.url,
  time_zone: source.timeZone,
  event_count: source.eventCount,
  fetched_at: source.fetchedAt?.toISOString() ?? null,
  last_error: source.lastError,
});

function readable(text: string): { ics: string; contentHash: string; eventCount: number } {
  const parsed = parseCalendar(text);
  return { ics: text, contentHash: sha256Hex(text), eventCount: parsed.eventCount };
}

function zoneOrDefault(timeZone: string | undefined): string {
  if (timeZone && isKnownTimeZone(timeZone)) return timeZone;
  return getConfig().DEFAULT_TIMEZONE;
}

async function refuseWhenFull(userId: string): Promise<CalendarSource[]> {
  const existing = await listCalendarSources(userId);
  if (existing.length >= maxSourcesPerPerson) {
    throw conflict(`You already have ${maxSourcesPerPerson} calendars; remove one before adding another.`);
  }
  return existing;
}

export async function importCalendarFile(
  input: { userId: string; name: string; text: string; timeZone?: string },
  clock: Clock,
): Promise<CalendarSourceView> {
  await refuseWhenFull(input.userId);
  const calendar = readable(input.text);
  const source = await insertCalendarSource({
    id: newId("cal"),
    userId: input.userId,
    kind: "file",
    name: input.name.trim().slice(0, 120) || "Imported calendar",
    url: null,
    timeZone: zoneOrDefault(input.timeZone),
    ...calendar,
    now: clock.now(),
  });
  return calendarSourceView(source);
}

export function subscriptionFetchOptions(): FetchIcsOptions {
  return { allowPrivate: getConfig().CALENDAR_FETCH_ALLOW_PRIVATE };
}

/** Fetches the URL now and keeps it only if it answers with a readable calendar. */
export async function subscribeToCalendar(
  input: { userId: string; url: string; name?: string; timeZone?: string },
  clock: Clock,
  fetchOptions: FetchIcsOptions = subscriptionFetchOptions(),
): Promise<CalendarSourceView> {
  const url = normaliseCalendarUrl(input.url);
  const existing = await refuseWhenFull(input.userId);
  if (existing.some((source) => source.url === url.toString())) {
    throw conflict("You are already subscribed to that calendar.");
  }
  const calendar = readable(await fetchIcs(url, fetchOptions));
  const source = await insertCalendarSource({
    id: newId("cal"),
    userId: input.userId,
    kind: "url",
    name: input.name?.trim().slice(0, 120) || url.hostname,
    url: url.toString(),
    timeZone: zoneOrDefault(input.timeZone),
    ...calendar,
    now: clock.now(),
  });
  return calendarSourceView(source);
}

/** Fetches a subscription again; a failure is recorded on it (and thrown) while the last good copy stays in use. */
export async function refreshCalendarSource(
  input: { userId: string; sourceId: string },
  clock: Clock,
  fetchOptions: FetchIcsOptions = subscriptionFetchOptions(),
): Promise<CalendarSourceView> {
  const source = await getCalendarSourceForUser(input.sourceId, input.userId);
  if (!source) throw notFound("That calendar");
  if (source.kind !== "url" || !source.url) {
    throw conflict("An imported file cannot be refreshed; import the newer file instead.");
  }
  return calendarSourceView(await refetch(source, clock, fetchOptions));
}

async function refetch(source: CalendarSource, clock: Clock, fetchOptions: FetchIcsOptions) {
  try {
    const calendar = readable(await fetchIcs(source.url!, fetchOptions));
    return (await recordSourceFetched(source.id, { ...calendar, now: clock.now() })) ?? source;
  } catch (error) {
    const reason = error instanceof AppError ? error.message : "The calendar could not be fetched.";
    await recordSourceFailed(source.id, { reason, now: clock.now() });
    throw error instanceof AppError ? error : invalid(reason);
  }
}

export async function removeCalendarSource(input: { userId: string; sourceId: string }): Promise<void> {
  if (!(await deleteCalendarSource(input.sourceId, input.userId))) throw notFound("That calendar");
}

export async function listCalendarSourceViews(userId: string): Promise<CalendarSourceView[]> {
  return (await listCalendarSources(userId)).map(calendarSourceView);
}

/**
 * Refetches the person's subscriptions not tried within CALENDAR_REFRESH_MINUTES, without waiting: a booking
 * starting now gets fresh busy times before its first call is answered, and a slow calendar server delays nothing.
 */
export function refreshStaleSubscriptionsInBackground(
  userId: string,
  clock: Clock,
  fetchOptions: FetchIcsOptions = subscriptionFetchOptions(),
): Promise<void> {
  const before = new Date(clock.now().getTime() - getConfig().CALENDAR_REFRESH_MINUTES * 60_000);
  const work = (async () => {
    for (const source of await listStaleSubscriptions(userId, before)) {
      if (!(await claimStaleSubscription(source.id, before, clock.now()))) continue;
      await refetch(source, clock, fetchOptions).catch((error: unknown) =>
        logger.warn("a subscribed calendar could not be refreshed", { error, sourceId: source.id, userId }),
      );
    }
  })().catch((error: unknown) => logger.error("refreshing subscribed calendars failed", { error, userId }));
  return work;
}
