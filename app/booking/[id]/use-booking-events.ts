// Follows the booking's Server-Sent Events (no polling) from where the server's first render left off: the latest
// booking view, each call's live activity, and which calls belong to which provider. The stream starts after the
// snapshot's cursor, and EventSource resumes with Last-Event-ID on its own, so no event is missed or shown twice.
"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useState } from "react";
import type { BookingSnapshot } from "@/lib/booking/booking-snapshot";
import type { BookingView } from "@/lib/booking/booking-view";
import { apiFetch, messageOf } from "@/app/_components/api-request";
import { addCallEvent, type ActivityByCall, type CallEvent } from "./call-activity";
import { isBookingSettled } from "./booking-progress";

export type Connection = "connecting" | "live" | "reconnecting" | "finished";

export interface LiveBookingState {
  view: BookingView;
  activity: ActivityByCall;
  /** Every call id seen for each provider, so earlier attempts keep their transcripts after a retry. */
  callIdsByProvider: Record<string, string[]>;
  connection: Connection;
  error: string | null;
}

export interface BookingEvents extends LiveBookingState {
  /** Folds events that came back from an action (a settled booking's page has no stream to bring them). */
  addEvents: (events: CallEvent[]) => void;
}

function initialState(snapshot: BookingSnapshot): LiveBookingState {
  return {
    view: snapshot.view,
    activity: snapshot.events.reduce(addCallEvent, {}),
    callIdsByProvider: rememberCalls({}, snapshot.view),
    connection: isBookingSettled(snapshot.view) ? "finished" : "connecting",
    error: null,
  };
}

export function useBookingEvents(snapshot: BookingSnapshot): BookingEvents {
  const t = useTranslations("booking");
  const [state, setState] = useState(() => initialState(snapshot));
  // After an action the server renders a fresher snapshot: start over from it (the stream restarts at its cursor).
  const [shown, setShown] = useState(snapshot);
  if (shown !== snapshot) {
    setShown(snapshot);
    setState(initialState(snapshot));
  }
  const bookingId = snapshot.view.booking_id;
  const cursor = snapshot.cursor;
  const settledAtFirstPaint = isBookingSettled(snapshot.view);

  useEffect(() => {
    // Nothing more can happen to a settled booking: the first paint is the whole story.
    if (settledAtFirstPaint) return;
    let stopped = false;
    const url = `/api/booking/${encodeURIComponent(bookingId)}/events`;
    const source = new EventSource(`${url}?after=${cursor}`);

    const onCallEvent = (message: MessageEvent<string>) => {
      const event = JSON.parse(message.data) as CallEvent;
      setState((current) => ({ ...current, activity: addCallEvent(current.activity, event) }));
    };
    const onBooking = (message: MessageEvent<string>) => {
      const view = JSON.parse(message.data) as BookingView;
      const settled = isBookingSettled(view);
      if (settled) source.close();
      setState((current) => ({
        ...current,
        view,
        callIdsByProvider: rememberCalls(current.callIdsByProvider, view),
        connection: settled ? "finished" : "live",
        error: null,
      }));
    };
    const onError = () => {
      if (source.readyState !== EventSource.CLOSED) {
        setState((current) =>
          current.connection === "finished" ? current : { ...current, connection: "reconnecting" },
        );
        return;
      }
      // The server refused the stream (no session any more, too many pages open): an EventSource cannot read why,
      // so ask once more with fetch, which can; a stream answered this time is closed straight away.
      apiFetch(`${url}?after=${cursor}`)
        .then((response) => {
          void response.body?.cancel();
          if (stopped) return;
          setState((current) => ({
            ...current,
            error: t("liveStopped"),
          }));
        })
        .catch(
          (error: unknown) => !stopped && setState((current) => ({ ...current, error: messageOf(error) })),
        );
    };

    source.addEventListener("call_event", onCallEvent);
    source.addEventListener("booking", onBooking);
    source.addEventListener("error", onError);
    return () => {
      stopped = true;
      source.close();
    };
  }, [bookingId, cursor, settledAtFirstPaint, t]);

  const addEvents = useCallback(
    (events: CallEvent[]) =>
      setState((current) => ({ ...current, activity: events.reduce(addCallEvent, current.activity) })),
    [],
  );
  return { ...state, addEvents };
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
