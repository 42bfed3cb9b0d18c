// Test support for the per-language intake tables: a fixed clock (Tuesday 24 November 2026, 10:00 in the zone), a
// conversation runner over the offline extractor, and the expected windows of the timeframes the tables use.
import { DateTime } from "luxon";
import { expect, it } from "vitest";
import { emptyBookingRequest, type BookingRequest, type DateWindow } from "@/lib/intake/booking-request";
import type { ChatHistoryMessage, IntakeTurnResult } from "@/lib/intake/intake-model";
import { extractOfflineTurn } from "@/lib/intake/offline-extractor";

/** A user message, or an assistant line that replaces the offline reply before the next user message. */
export type Turn = string | { assistant: string };

export interface IntakeCase {
  says: Turn[];
  expected: Partial<BookingRequest>;
}

/** 10:00 on Tuesday 24 November 2026 in `timeZone`. */
export function fixedClock(timeZone: string): Date {
  return DateTime.fromObject({ year: 2026, month: 11, day: 24, hour: 10 }, { zone: timeZone }).toJSDate();
}

/** Each message through the offline extractor in turn, the request carried over; the last turn's result. */
export function runConversation(
  says: Turn[],
  timeZone: string,
  now: Date = fixedClock(timeZone),
): IntakeTurnResult {
  const history: ChatHistoryMessage[] = [];
  let current: BookingRequest = emptyBookingRequest;
  let last: IntakeTurnResult | null = null;
  for (const turn of says) {
    if (typeof turn !== "string") {
      if (history.at(-1)?.role === "assistant") history.pop();
      history.push({ role: "assistant", content: turn.assistant });
      continue;
    }
    last = extractOfflineTurn({ history: [...history], current, message: turn, now, timeZone });
    history.push({ role: "user", content: turn }, { role: "assistant", content: last.reply });
    current = last.request;
  }
  if (!last) throw new Error("a case needs at least one message");
  return last;
}

/** Whole local days from `first` up to (not including) `next`, as ISO instants in `timeZone`. */
export function localDays(timeZone: string, first: string, next: string): DateWindow {
  const at = (date: string) =>
    DateTime.fromISO(date, { zone: timeZone }).toISO({ suppressMilliseconds: true })!;
  return { start: at(first), end: at(next) };
}

/** The windows of the timeframes the tables use, with the fixed clock: today starts at 10:00. */
export function windowsIn(timeZone: string) {
  const nowIso = DateTime.fromJSDate(fixedClock(timeZone), { zone: timeZone }).toISO({
    suppressMilliseconds: true,
  })!;
  const days = (first: string, next: string) => localDays(timeZone, first, next);
  return {
    today: { start: nowIso, end: days("2026-11-25", "2026-11-25").start },
    tomorrow: days("2026-11-25", "2026-11-26"),
    thursday: days("2026-11-26", "2026-11-27"),
    friday: days("2026-11-27", "2026-11-28"),
    saturday: days("2026-11-28", "2026-11-29"),
    dayAfterTomorrow: days("2026-11-26", "2026-11-27"),
    thisWeek: { start: nowIso, end: days("2026-11-30", "2026-11-30").start },
    nextWeek: days("2026-11-30", "2026-12-07"),
    thisWeekend: days("2026-11-28", "2026-11-30"),
    nextWeekend: days("2026-12-05", "2026-12-07"),
    nextMonth: days("2026-12-01", "2027-01-01"),
    december3: days("2026-12-03", "2026-12-04"),
    asap: { start: nowIso, end: days("2026-12-01", "2026-12-01").start },
    inTwoWeeks: days("2026-12-07", "2026-12-14"),
  };
}

export const hours = (start: string, end: string) => ({ start, end });

/** One test per case: the conversation's final request has at least the expected fields. */
export function itReadsEachCase(cases: [string, IntakeCase][], timeZone: string): void {
  it.each(cases)("%s", (_, { says, expected }) => {
    expect(runConversation(says, timeZone).request).toMatchObject(expected);
  });
}
