// The busy occurrences of a stored calendar within a period. Parsing is the costly part and the text changes only
// when a file is imported or a subscription refreshed, so parsed calendars are kept in memory by content hash and
// the text is read from the database only when the hash is new to this process.
import { getCalendarSourceText, type CalendarSource } from "@/db/calendar-sources";
import { logger } from "@/lib/logger";
import { expandOccurrences, parseCalendar, type Occurrence, type ParsedCalendar } from "./ics-expand";

const cacheLimit = 32;
const parsedByHash = new Map<string, ParsedCalendar>();

async function parsedCalendarOf(
  source: Pick<CalendarSource, "id" | "contentHash">,
): Promise<ParsedCalendar | null> {
  if (!source.contentHash) return null;
  const cached = parsedByHash.get(source.contentHash);
  if (cached) {
    // Most recently used last, so the oldest is the one evicted.
    parsedByHash.delete(source.contentHash);
    parsedByHash.set(source.contentHash, cached);
    return cached;
  }
  const text = await getCalendarSourceText(source.id);
  if (!text) return null;
  try {
    const parsed = parseCalendar(text);
    if (parsedByHash.size >= cacheLimit) parsedByHash.delete(parsedByHash.keys().next().value!);
    parsedByHash.set(source.contentHash, parsed);
    return parsed;
  } catch (error) {
    // Stored text was read once before it was kept, so this means a parser change; the other calendars still count.
    logger.error("a stored calendar no longer parses; its busy times are ignored", {
      error,
      sourceId: source.id,
    });
    return null;
  }
}

export async function occurrencesOfSource(
  source: Pick<CalendarSource, "id" | "contentHash" | "timeZone">,
  range: { from: Date; to: Date },
): Promise<Occurrence[]> {
  const parsed = await parsedCalendarOf(source);
  return parsed ? expandOccurrences(parsed, range, source.timeZone) : [];
}
