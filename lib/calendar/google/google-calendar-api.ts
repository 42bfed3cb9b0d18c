// The Google Calendar API v3 calls CallPilot makes, over the documented REST format (base URL configurable for a
// stub): freeBusy.query for the person's busy times, events.insert for a booked appointment, events.update when it
// moves and events.delete when it is cancelled.
import { z } from "zod";

export class GoogleCalendarApiError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
    this.name = "GoogleCalendarApiError";
  }
}

const freeBusyResponseSchema = z.object({
  calendars: z.record(
    z.string(),
    z.object({
      busy: z.array(z.object({ start: z.string(), end: z.string() })).default([]),
      errors: z.array(z.object({ domain: z.string().optional(), reason: z.string().optional() })).optional(),
    }),
  ),
});

const errorBodySchema = z.object({
  error: z.object({
    code: z.number().optional(),
    message: z.string().optional(),
    status: z.string().optional(),
  }),
});

async function call(
  url: string,
  init: { method: string; accessToken: string; body: unknown; signal: AbortSignal },
): Promise<{ status: number; body: unknown }> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method,
      headers: { authorization: `Bearer ${init.accessToken}`, "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (error) {
    const reason = init.signal.aborted ? "timed out" : (error as Error).message;
    throw new GoogleCalendarApiError(`Google Calendar could not be reached: ${reason}`, null);
  }
  const body: unknown = await response.json().catch(() => null);
  return { status: response.status, body };
}

function failure(status: number, body: unknown, what: string): GoogleCalendarApiError {
  const parsed = errorBodySchema.safeParse(body);
  const detail = parsed.success
    ? `${parsed.data.error.status ?? status}: ${parsed.data.error.message ?? ""}`
    : `HTTP ${status}`;
  return new GoogleCalendarApiError(`Google Calendar refused ${what} (${detail.trim()})`, status);
}

export async function queryFreeBusy(
  input: { accessToken: string; calendarId: string; timeMin: Date; timeMax: Date; baseUrl: string },
  signal: AbortSignal,
): Promise<Array<{ start: Date; end: Date }>> {
  const { status, body } = await call(`${input.baseUrl.replace(/\/+$/, "")}/calendar/v3/freeBusy`, {
    method: "POST",
    accessToken: input.accessToken,
    body: {
      timeMin: input.timeMin.toISOString(),
      timeMax: input.timeMax.toISOString(),
      items: [{ id: input.calendarId }],
    },
    signal,
  });
  if (status !== 200) throw failure(status, body, "the busy-times request");
  const parsed = freeBusyResponseSchema.safeParse(body);
  if (!parsed.success)
    throw new GoogleCalendarApiError("Google Calendar answered freeBusy in an unknown shape", status);
  const calendar = parsed.data.calendars[input.calendarId];
  if (!calendar)
    throw new GoogleCalendarApiError("Google Calendar did not answer for the calendar asked about", status);
  if (calendar.errors?.length) {
    throw new GoogleCalendarApiError(
      `Google Calendar could not read the calendar (${calendar.errors[0].reason})`,
      status,
    );
  }
  return calendar.busy
    .map((interval) => ({ start: new Date(interval.start), end: new Date(interval.end) }))
    .filter((interval) => interval.start < interval.end);
}

export interface GoogleCalendarEvent {
  /** Client-chosen id (base32hex), so a second insert of the same appointment is refused instead of doubled. */
  id: string;
  iCalUID: string;
  summary: string;
  location?: string;
  description?: string;
  start: { dateTime: string; timeZone?: string };
  end: { dateTime: string; timeZone?: string };
}

/** "created", or "exists" when an event with this id is already there (Google answers 409). */
export async function insertEvent(
  input: { accessToken: string; calendarId: string; event: GoogleCalendarEvent; baseUrl: string },
  signal: AbortSignal,
): Promise<"created" | "exists"> {
  const url = `${input.baseUrl.replace(/\/+$/, "")}/calendar/v3/calendars/${encodeURIComponent(input.calendarId)}/events`;
  const { status, body } = await call(url, {
    method: "POST",
    accessToken: input.accessToken,
    body: input.event,
    signal,
  });
  if (status === 200 || status === 201) return "created";
  if (status === 409) return "exists";
  throw failure(status, body, "adding the appointment");
}

const eventUrl = (input: { calendarId: string; baseUrl: string }, eventId: string) =>
  `${input.baseUrl.replace(/\/+$/, "")}/calendar/v3/calendars/${encodeURIComponent(input.calendarId)}/events/${encodeURIComponent(eventId)}`;

/** "updated", or "missing" when the calendar has no event with this id (never added, or deleted by the person). */
export async function updateEvent(
  input: { accessToken: string; calendarId: string; event: GoogleCalendarEvent; baseUrl: string },
  signal: AbortSignal,
): Promise<"updated" | "missing"> {
  const { status, body } = await call(eventUrl(input, input.event.id), {
    method: "PUT",
    accessToken: input.accessToken,
    body: input.event,
    signal,
  });
  if (status === 200) return "updated";
  if (status === 404 || status === 410) return "missing";
  throw failure(status, body, "moving the appointment");
}

/** "deleted", or "missing" when it is already gone (404, or 410 for an event deleted before). */
export async function deleteEvent(
  input: { accessToken: string; calendarId: string; eventId: string; baseUrl: string },
  signal: AbortSignal,
): Promise<"deleted" | "missing"> {
  const { status, body } = await call(eventUrl(input, input.eventId), {
    method: "DELETE",
    accessToken: input.accessToken,
    body: undefined,
    signal,
  });
  if (status === 200 || status === 204) return "deleted";
  if (status === 404 || status === 410) return "missing";
  throw failure(status, body, "removing the appointment");
}
