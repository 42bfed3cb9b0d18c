// The person's private calendar feed: a secret URL (no session needed: the token is the secret) listing their
// booked appointments as iCalendar, for any calendar app to subscribe to. A new token retires the old URL.
import { randomBytes } from "node:crypto";
import { createEvents, type EventAttributes } from "ics";
import { listBookedAppointments } from "@/db/calendar-appointments";
import {
  deleteCalendarFeed,
  findCalendarFeedByTokenHash,
  getCalendarFeed,
  replaceCalendarFeed,
} from "@/db/calendar-feeds";
import type { Clock } from "@/lib/clock";
import { notFound } from "@/lib/errors";
import { appointmentEntry } from "./appointment-entry";
import { seal, sha256Hex, unseal } from "./secret-box";

export interface FeedView {
  /** The subscription URL; null when the person has no live feed. */
  url: string | null;
  created_at: string | null;
}

const feedPath = (token: string) => `/api/calendar/feed/${token}.ics`;

export async function feedStatus(userId: string, baseUrl: string): Promise<FeedView> {
  const feed = await getCalendarFeed(userId);
  const token = feed ? unseal(feed.tokenSealed) : null;
  // A token sealed under an older auth secret cannot be shown again; the person can issue a new one.
  if (!feed || !token) return { url: null, created_at: null };
  return { url: `${baseUrl}${feedPath(token)}`, created_at: feed.createdAt.toISOString() };
}

/** Issues a new token, which retires any earlier feed URL at once. */
export async function issueFeedToken(userId: string, baseUrl: string, clock: Clock): Promise<FeedView> {
  const token = randomBytes(32).toString("base64url");
  const feed = await replaceCalendarFeed({
    userId,
    tokenHash: sha256Hex(token),
    tokenSealed: seal(token),
    now: clock.now(),
  });
  return { url: `${baseUrl}${feedPath(token)}`, created_at: feed.createdAt.toISOString() };
}

export async function revokeFeedToken(userId: string): Promise<void> {
  if (!(await deleteCalendarFeed(userId))) throw notFound("A calendar feed");
}

/** The feed's calendar text for a token (the route's path segment, with or without ".ics"); 404 for any other. */
export async function feedCalendar(tokenSegment: string): Promise<string> {
  const token = tokenSegment.replace(/\.ics$/i, "");
  const feed = /^[A-Za-z0-9_-]{20,100}$/.test(token)
    ? await findCalendarFeedByTokenHash(sha256Hex(token))
    : undefined;
  if (!feed) throw notFound("That calendar feed");
  const appointments = await listBookedAppointments(feed.userId);
  const events: EventAttributes[] = appointments.map((appointment) => {
    const entry = appointmentEntry(appointment);
    return {
      uid: entry.uid,
      start: entry.start.getTime(),
      startInputType: "utc",
      startOutputType: "utc",
      end: entry.end.getTime(),
      endInputType: "utc",
      endOutputType: "utc",
      title: entry.title,
      location: entry.location,
      description: entry.description,
      geo: entry.geo,
      status: "CONFIRMED",
      busyStatus: "BUSY",
    };
  });
  const { error, value } = createEvents(events, {
    productId: "callpilot/feed",
    method: "PUBLISH",
    calName: "CallPilot appointments",
  });
  if (error || !value) throw error ?? new Error("ics produced no calendar");
  return value;
}
