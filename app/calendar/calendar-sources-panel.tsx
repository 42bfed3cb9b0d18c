// The person's other calendars: import an .ics file, subscribe to an .ics address, and refresh or remove each —
// every change a server action (./actions.ts) that re-renders the page with the result.
"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef } from "react";
import { fieldError, type ActionState } from "@/lib/actions/action-state";
import type { CalendarSourceView } from "@/lib/calendar/calendar-sources";
import { formatDateTime } from "@/app/_components/format-time";
import { useFormAction } from "@/app/_components/use-form-action";
import {
  importCalendarAction,
  refreshCalendarAction,
  removeCalendarAction,
  subscribeCalendarAction,
} from "./actions";
import { buttonClass, ErrorNote, FieldNote, inputClass, quietButtonClass, SectionCard } from "./section-card";

const errorOf = (state: ActionState<unknown>) => (state.status === "error" ? state.error : null);

export function CalendarSourcesPanel({
  sources,
  timeZone,
  signedIn,
}: {
  sources: CalendarSourceView[];
  timeZone: string;
  signedIn: boolean;
}) {
  const t = useTranslations("calendar");
  const locale = useLocale();
  const { state: imported, formAction: importFile, pending: importing } = useFormAction(importCalendarAction);
  const {
    state: subscribed,
    formAction: subscribe,
    pending: subscribing,
    typed,
  } = useFormAction(subscribeCalendarAction);
  const { state: refreshed, formAction: refresh, pending: refreshing } = useFormAction(refreshCalendarAction);
  const { state: removed, formAction: remove, pending: removing } = useFormAction(removeCalendarAction);
  const importForm = useRef<HTMLFormElement>(null);
  const busy = importing || subscribing || refreshing || removing;

  return (
    <SectionCard title={t("sourcesTitle")} description={t("sourcesDescription")} testId="calendar-sources">
      <form ref={importForm} action={importFile} className="flex flex-wrap items-center gap-3">
        <input type="hidden" name="time_zone" value={timeZone} />
        <label className={`${buttonClass} cursor-pointer`}>
          {importing ? t("importing") : t("import")}
          <input
            type="file"
            name="file"
            accept=".ics,text/calendar"
            className="sr-only"
            data-testid="import-ics"
            disabled={busy || !signedIn}
            // Choosing the file is the whole gesture: it is sent at once.
            onChange={(event) => event.target.files?.length && importForm.current?.requestSubmit()}
          />
        </label>
        <FieldNote message={fieldError(imported, "file")} />
      </form>
      <form action={subscribe} className="mt-3" aria-label={t("subscribeLabel")}>
        <input type="hidden" name="time_zone" value={timeZone} />
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            type="url"
            name="url"
            key={typed.url ?? ""}
            defaultValue={typed.url}
            inputMode="url"
            placeholder="https://calendar.example.com/private-…/basic.ics"
            className={inputClass}
            data-testid="subscribe-url"
            aria-invalid={fieldError(subscribed, "url") ? true : undefined}
          />
          <button
            type="submit"
            className={`${buttonClass} shrink-0`}
            disabled={busy || !signedIn}
            data-testid="subscribe"
          >
            {subscribing ? t("subscribing") : t("subscribe")}
          </button>
        </div>
        <FieldNote message={fieldError(subscribed, "url")} />
      </form>
      {[imported, subscribed, refreshed, removed].map((state, index) =>
        state.status === "error" && Object.keys(state.fieldErrors).length === 0 ? (
          <ErrorNote key={index} message={errorOf(state)} />
        ) : null,
      )}
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
                    · {source.kind === "url" ? t("subscribed") : t("imported")} ·{" "}
                    {t("events", { count: source.event_count })}
                  </span>
                </p>
                {source.fetched_at && (
                  <p className="text-slate-500">
                    {t(source.kind === "url" ? "lastRead" : "importedAt", {
                      date: formatDateTime(source.fetched_at, timeZone, locale),
                    })}
                  </p>
                )}
                {source.last_error && (
                  <p className="text-rose-600">{t("refreshFailed", { error: source.last_error })}</p>
                )}
              </div>
              <div className="flex shrink-0 gap-1">
                {source.kind === "url" && (
                  <form action={refresh}>
                    <input type="hidden" name="id" value={source.id} />
                    <button type="submit" className={quietButtonClass} disabled={busy}>
                      {refreshing ? t("refreshing") : t("refresh")}
                    </button>
                  </form>
                )}
                <form action={remove}>
                  <input type="hidden" name="id" value={source.id} />
                  <button
                    type="submit"
                    className={quietButtonClass}
                    disabled={busy}
                    aria-label={t("removeSource", { name: source.name })}
                  >
                    {t("remove")}
                  </button>
                </form>
              </div>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}
