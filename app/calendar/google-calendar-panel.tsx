// Google Calendar, shown only when the server has Google OAuth configured: connect (busy times are read, booked
// appointments are added) or disconnect.
"use client";

import { useState } from "react";
import type { GoogleCalendarStatus } from "@/lib/calendar/google/google-connection";
import { apiFetch } from "@/app/_components/api-request";
import { buttonClass, ErrorNote, quietButtonClass, SectionCard } from "./section-card";

type Change = (work: () => Promise<unknown>) => Promise<string | null>;

export function GoogleCalendarPanel({
  status,
  outcome,
  change,
}: {
  status: GoogleCalendarStatus;
  outcome: "connected" | "failed" | null;
  change: Change;
}) {
  const [error, setError] = useState<string | null>(
    outcome === "failed" ? "Google Calendar was not connected. Please try again." : null,
  );
  return (
    <SectionCard
      title="Google Calendar"
      description="CallPilot reads when you are busy (never what the events are) and adds each booked appointment."
      testId="google-calendar"
    >
      {status.connected ? (
        <div className="flex flex-wrap items-center gap-3">
          <span className="inline-flex items-center gap-1.5 rounded-full bg-emerald-50 px-3 py-1 text-sm font-medium text-emerald-700">
            ✓ Connected
          </span>
          <button
            type="button"
            className={quietButtonClass}
            onClick={async () =>
              setError(await change(() => apiFetch("/api/calendar/google", { method: "DELETE" })))
            }
          >
            Disconnect
          </button>
        </div>
      ) : (
        <a href="/api/calendar/google/connect" className={buttonClass} data-testid="connect-google">
          Connect Google Calendar
        </a>
      )}
      {status.last_error && <ErrorNote message={status.last_error} />}
      <ErrorNote message={error} />
    </SectionCard>
  );
}
