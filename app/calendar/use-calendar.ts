// Loads GET /api/calendar and runs the page's changes against the calendar routes, reloading after each.
"use client";

import { useCallback, useEffect, useState } from "react";
import type { CalendarOverview } from "@/lib/calendar/calendar-overview";
import { apiRequest, messageOf } from "@/app/_components/api-request";

export function useCalendar() {
  const [overview, setOverview] = useState<CalendarOverview | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    apiRequest<CalendarOverview>("/api/calendar")
      .then((body) => current && setOverview(body))
      .catch((failure: unknown) => current && setLoadError(messageOf(failure)));
    return () => {
      current = false;
    };
  }, []);

  /** Runs a change, then reloads; resolves to the error sentence, or null on success. */
  const change = useCallback(async (work: () => Promise<unknown>): Promise<string | null> => {
    try {
      await work();
      setOverview(await apiRequest<CalendarOverview>("/api/calendar"));
      return null;
    } catch (failure) {
      return messageOf(failure);
    }
  }, []);

  return { overview, loadError, change };
}
