// The zone a person's pages show times in, on the server: the one their browser reported, UTC until it has (a first
// visit, or a browser without JavaScript: forms then say that their times are UTC).
import "server-only";
import { isKnownTimeZone } from "@/lib/config";
import { timeZoneIn } from "./time-zone-cookie";

export function viewerTimeZone(headers: Headers): string {
  const zone = timeZoneIn(headers.get("cookie"));
  return zone && zone.length <= 64 && isKnownTimeZone(zone) ? zone : "UTC";
}
