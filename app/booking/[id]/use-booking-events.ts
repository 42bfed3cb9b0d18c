// Subscribes to the booking's Server-Sent Events (no polling): the latest booking view, each call's live activity,
// and which calls belong to which provider. EventSource reconnects with Last-Event-ID on its own.
"use client";

import { useEffect, useState } from "react";
import type { BookingView } from "@/lib/booking/booking-view";
import { apiFetch, messageOf } from "@/app/_components/api-request";
import { ensureSession } from "@/app/auth-client";
import { addCallEvent, type ActivityByCall, type CallEvent } from "./call-activity";
import { isBookingSettled } from "./booking-progress";

export type Connection = "connecting" | "live" | "reconnecting" | "finished";

export interface LiveBookingState {
  view: BookingView | null;
  activity: ActivityByCall;
  /** Every call id seen for each provider, so earlier attempts keep their transcripts after a retry. */
  callIdsByProvider: Record<string, string[]>;
  connection: Connection;
  error: string | null;
}

const initialState: LiveBookingState = {
  view: null,
  activity: {},
  callIdsByProvider: {},
  connection: "connecting",
  error: null,
};

export function useBookingEvents(bookingId: string): LiveBookingState {
  const [state, setState] = useState(initialState);

  useEffect(() => {
    let source: EventSource | null = null;
    let stopped = false;
    const url = `/api/booking/${encodeURIComponent(bookingId)}/events`;

    const onCallEvent = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as CallEvent;
      setState((current) => ({ ...current, activity: addCallEvent(current.activity, event) }));
    };
    const onBooking = (message: MessageEvent<string>) => {
      const view = JSON.parse(message.data) as BookingView;
      const settled = isBookingSettled(view);
      if (settled) source?.close();
      setState((current) => ({
        ...current,
        view,
        callIdsByProvider: rememberCalls(current.callIdsByProvider, view),
        connection: settled ? "finished" : "live",
        error: null,
      }));
    };
    const onError = () => {
      if (!source || source.readyState !== EventSource.CLOSED) {
        setState((current) =>
          current.connection === "finished" ? current : { ...current, connection: "reconnecting" },
        );
        return;
      }
      // The server refused the stream (no such booking, no session, too many pages open): an EventSource cannot
      // read why, so ask once more with fetch, which can; a stream answered this time is closed straight away.
      apiFetch(url)
        .then((response) => {
          void response.body?.cancel();
          if (stopped) return;
          setState((current) => ({
            ...current,
            error: "The live updates stopped. Reload the page to continue.",
          }));
        })
        .catch(
          (error: unknown) => !stopped && setState((current) => ({ ...current, error: messageOf(error) })),
        );
    };

    ensureSession()
      .then(() => {
        if (stopped) return;
        source = new EventSource(url);
        source.addEventListener("call_event", onCallEvent);
        source.addEventListener("booking", onBooking);
        source.addEventListener("error", onError);
      })
      .catch((error: unknown) => setState((current) => ({ ...current, error: messageOf(error) })));

    return () => {
      stopped = true;
      source?.close();
    };
  }, [bookingId]);

  return state;
}

function rememberCalls(known: Record<string, string[]>, view: BookingView): Record<string, string[]> {
  let next = known;
  for (const result of view.results) {
    const ids = known[result.provider_id] ?? [];
    const missing = result.call_ids.filter((id) => !ids.includes(id));
    if (missing.length > 0) next = { ...next, [result.provider_id]: [...ids, ...missing] };
  }
  return next;
}
