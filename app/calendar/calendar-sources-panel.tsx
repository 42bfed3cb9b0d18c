// The person's other calendars: import an .ics file, subscribe to an .ics address, and refresh or remove each.
"use client";

import { useRef, useState } from "react";
import type { CalendarSourceView } from "@/lib/calendar/calendar-sources";
import { apiFetch, apiRequest } from "@/app/_components/api-request";
import { formatDateTime } from "@/app/_components/format-time";
import { buttonClass, ErrorNote, inputClass, quietButtonClass, SectionCard } from "./section-card";
import { uploadCalendarFile } from "./upload-calendar";

type Change = (work: () => Promise<unknown>) => Promise<string | null>;

export function CalendarSourcesPanel({
  sources,
  timeZone,
  change,
}: {
  sources: CalendarSourceView[];
  timeZone: string;
  change: Change;
}) {
  const [url, setUrl] = useState("");
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  async function run(label: string, work: () => Promise<unknown>): Promise<boolean> {
    setBusy(label);
    const failure = await change(work);
    setBusy(null);
    setError(failure);
    return failure === null;
  }

  async function importFile(file: File | undefined) {
    if (!file) return;
    await run("import", () => uploadCalendarFile(file, timeZone));
    if (fileInput.current) fileInput.current.value = "";
  }

  async function subscribe(event: React.FormEvent) {
    event.preventDefault();
    if (!url.trim()) return;
    const done = await run("subscribe", () =>
      apiRequest("/api/calendar/sources", { body: { url: url.trim(), time_zone: timeZone } }),
    );
    if (done) setUrl("");
  }

  return (
    <SectionCard
      title="Other calendars"
      description="Import an .ics file or subscribe to your calendar's secret .ics address; repeating events count every time they repeat."
      testId="calendar-sources"
    >
      <div className="flex flex-wrap items-center gap-3">
        <label className={`${buttonClass} cursor-pointer`}>
          {busy === "import" ? "Importing…" : "Import .ics file"}
          <input
            ref={fileInput}
            type="file"
            accept=".ics,text/calendar"
            className="sr-only"
            data-testid="import-ics"
            disabled={busy !== null}
            onChange={(e) => void importFile(e.target.files?.[0])}
          />
        </label>
      </div>
      <form
        onSubmit={subscribe}
        className="mt-3 flex flex-col gap-2 sm:flex-row"
        aria-label="Subscribe to a calendar"
      >
        <input
          type="url"
          inputMode="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          placeholder="https://calendar.example.com/private-…/basic.ics"
          className={inputClass}
          data-testid="subscribe-url"
        />
        <button
          type="submit"
          className={`${buttonClass} shrink-0`}
          disabled={busy !== null}
          data-testid="subscribe"
        >
          {busy === "subscribe" ? "Subscribing…" : "Subscribe"}
        </button>
      </form>
      <ErrorNote message={error} />
      {sources.length > 0 && (
        <ul
          className="mt-4 divide-y divide-slate-100 border-t border-slate-100"
          data-testid="calendar-source-list"
        >
          {sources.map((source) => (
            <li
              key={source.id}
              className="flex flex-col gap-2 py-2.5 text-sm sm:flex-row sm:items-center sm:justify-between"
            >
              <div className="min-w-0">
                <p className="truncate font-medium text-slate-800">
                  {source.name}{" "}
                  <span className="font-normal text-slate-400">
                    · {source.kind === "url" ? "subscribed" : "imported"} · {source.event_count}{" "}
                    {source.event_count === 1 ? "event" : "events"}
                  </span>
                </p>
                {source.fetched_at && (
                  <p className="text-slate-500">
                    {source.kind === "url" ? "Last read" : "Imported"}{" "}
                    {formatDateTime(source.fetched_at, timeZone)}
                  </p>
                )}
                {source.last_error && (
                  <p className="text-rose-600">Last refresh failed: {source.last_error}</p>
                )}
              </div>
              <div className="flex shrink-0 gap-1">
                {source.kind === "url" && (
                  <button
                    type="button"
                    className={quietButtonClass}
                    disabled={busy !== null}
                    onClick={() =>
                      void run("refresh", () =>
                        apiRequest(`/api/calendar/sources/${source.id}/refresh`, { method: "POST" }),
                      )
                    }
                  >
                    Refresh
                  </button>
                )}
                <button
                  type="button"
                  className={quietButtonClass}
                  disabled={busy !== null}
                  aria-label={`Remove ${source.name}`}
                  onClick={() =>
                    void run("remove", () =>
                      apiFetch(`/api/calendar/sources/${source.id}`, { method: "DELETE" }),
                    )
                  }
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}
