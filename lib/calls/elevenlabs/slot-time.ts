// Reads a slot's start as an agent says it: with an offset it is exact; without one it is the business's local time
// (voice agents are more reliable with local times than with UTC offsets).
import { DateTime } from "luxon";

export function parseSlotStart(text: string, timeZone: string): Date | null {
  const iso = text.trim().replace(" ", "T");
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(iso)) return null;
  const parsed = DateTime.fromISO(iso, { zone: timeZone });
  return parsed.isValid ? parsed.toJSDate() : null;
}
