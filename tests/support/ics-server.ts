// A local web server publishing an .ics calendar, as a calendar service's secret address would: the text can be
// changed between requests, and it can redirect, fail, or send an oversized body.
import http from "node:http";
import type { AddressInfo } from "node:net";

export interface IcsServer {
  url: string;
  baseUrl: string;
  ics: string;
  /** Next responses fail with this status (null: serve the calendar). */
  failWith: number | null;
  requests: number;
  close(): Promise<void>;
}

export async function startIcsServer(ics: string): Promise<IcsServer> {
  const state = { ics, failWith: null as number | null, requests: 0 };
  const server = http.createServer((request, response) => {
    state.requests += 1;
    const path = new URL(request.url ?? "/", "http://x").pathname;
    if (path === "/moved.ics") {
      response.writeHead(302, { location: "/calendar.ics" });
      return response.end();
    }
    if (path === "/loop.ics") {
      response.writeHead(302, { location: "/loop.ics" });
      return response.end();
    }
    if (path === "/huge.ics") {
      response.writeHead(200, { "content-type": "text/calendar" });
      response.end("BEGIN:VCALENDAR\r\n" + "X-PADDING:" + "x".repeat(6 * 1024 * 1024));
      return;
    }
    if (state.failWith) {
      response.writeHead(state.failWith);
      return response.end("unavailable");
    }
    response.writeHead(200, { "content-type": "text/calendar; charset=utf-8" });
    response.end(state.ics);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  return Object.assign(state, {
    baseUrl,
    url: `${baseUrl}/calendar.ics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** A small calendar: one weekly event (Mondays 09:00–10:00 New York, no VTIMEZONE) and one single event. */
export function sampleCalendar(options: { weeklyTitle?: string; firstMonday?: string } = {}): string {
  const monday = options.firstMonday ?? "20261130";
  return [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//CallPilot tests//EN",
    "BEGIN:VEVENT",
    "UID:weekly-review@example.test",
    "DTSTAMP:20260101T000000Z",
    `SUMMARY:${options.weeklyTitle ?? "Therapy session"}`,
    `DTSTART;TZID=America/New_York:${monday}T090000`,
    `DTEND;TZID=America/New_York:${monday}T100000`,
    "RRULE:FREQ=WEEKLY",
    "END:VEVENT",
    "BEGIN:VEVENT",
    "UID:dinner@example.test",
    "DTSTAMP:20260101T000000Z",
    "SUMMARY:Dinner with Alex",
    "DTSTART:20261202T230000Z",
    "DTEND:20261203T010000Z",
    "END:VEVENT",
    "END:VCALENDAR",
  ].join("\r\n");
}
