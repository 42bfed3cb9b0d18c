// Busy times added by hand: a short form (start, end, an optional note) and the list with a remove button each.
// Both are real forms posting server actions, so they work before JavaScript loads; once it has, an added or
// removed busy time shows at once, while the server confirms.
"use client";

import { useLocale, useTranslations } from "next-intl";
import { useOptimistic } from "react";
import { fieldError } from "@/lib/actions/action-state";
import type { BusyBlockView } from "@/lib/calendar/busy-blocks";
import { formatDateTime } from "@/app/_components/format-time";
import { useFormAction } from "@/app/_components/use-form-action";
import { addBusyBlockAction, removeBusyBlockAction } from "./actions";
import { buttonClass, ErrorNote, FormField, quietButtonClass, SectionCard } from "./section-card";

type Change = { add: BusyBlockView } | { remove: string };

function changed(blocks: BusyBlockView[], change: Change): BusyBlockView[] {
  if ("remove" in change) return blocks.filter((block) => block.id !== change.remove);
  return [...blocks, change.add].sort((a, b) => a.start.localeCompare(b.start));
}

/** The busy time a submitted form asks for, to show before the server answers; null if it cannot be read. */
function pendingBlock(form: FormData): BusyBlockView | null {
  // datetime-local values are wall-clock times in the browser's zone, the zone the form says it uses.
  const start = new Date(String(form.get("start")));
  const end = new Date(String(form.get("end")));
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime()) || start >= end) return null;
  const title = String(form.get("title") ?? "").trim();
  return {
    id: `pending-${start.getTime()}`,
    title: title || null,
    start: start.toISOString(),
    end: end.toISOString(),
  };
}

export function BusyBlocksPanel({
  blocks,
  timeZone,
  signedIn,
}: {
  blocks: BusyBlockView[];
  timeZone: string;
  signedIn: boolean;
}) {
  const t = useTranslations("calendar");
  const locale = useLocale();
  const [shown, show] = useOptimistic(blocks, changed);
  const {
    state: added,
    formAction: add,
    pending: adding,
    typed: draft,
  } = useFormAction(addBusyBlockAction, (form) => {
    const block = pendingBlock(form);
    if (block) show({ add: block });
  });
  const { state: removed, formAction: remove } = useFormAction(removeBusyBlockAction, (form) =>
    show({ remove: String(form.get("id")) }),
  );

  return (
    <SectionCard title={t("busyTitle")} description={t("busyDescription")} testId="busy-blocks">
      <form action={add} aria-label={t("addLabel")} data-testid="busy-block-form">
        {/* Disabled until the browser has a session: a first visit gets a guest one a moment after the page. */}
        <fieldset disabled={!signedIn} className="grid gap-3 sm:grid-cols-2">
          <input type="hidden" name="time_zone" value={timeZone} />
          <FormField
            label={t("from")}
            key={`start-${draft.start ?? ""}`}
            type="datetime-local"
            name="start"
            defaultValue={draft.start}
            data-testid="busy-start"
            error={fieldError(added, "start")}
            required
          />
          <FormField
            label={t("until")}
            key={`end-${draft.end ?? ""}`}
            type="datetime-local"
            name="end"
            defaultValue={draft.end}
            data-testid="busy-end"
            error={fieldError(added, "end")}
            required
          />
          <FormField
            label={
              <>
                {t("note")} <span className="font-normal text-slate-400">{t("onlyYou")}</span>
              </>
            }
            labelClassName="text-sm font-medium text-slate-700 sm:col-span-2"
            key={`title-${draft.title ?? ""}`}
            type="text"
            name="title"
            defaultValue={draft.title}
            maxLength={200}
            placeholder={t("notePlaceholder")}
            data-testid="busy-title"
            error={fieldError(added, "title")}
          />
          <div className="flex items-center gap-3 sm:col-span-2">
            <button type="submit" className={buttonClass} disabled={adding} data-testid="add-busy-block">
              {adding ? t("adding") : t("add")}
            </button>
            <span className="text-xs text-slate-400">
              {t("timesIn", { zone: timeZone.replace(/_/g, " ") })}
            </span>
          </div>
        </fieldset>
      </form>
      <ErrorNote
        message={added.status === "error" && !hasFieldErrors(added.fieldErrors) ? added.error : null}
      />
      <ErrorNote message={removed.status === "error" ? removed.error : null} />
      {shown.length > 0 && (
        <ul
          className="mt-4 divide-y divide-slate-100 border-t border-slate-100"
          data-testid="busy-block-list"
        >
          {shown.map((block) => (
            <li
              key={block.id}
              className="flex items-center justify-between gap-3 py-2.5 text-sm"
              data-testid="busy-block"
              data-pending={block.id.startsWith("pending-") || undefined}
            >
              <div className="min-w-0">
                <p className="font-medium text-slate-800">{block.title ?? t("busy")}</p>
                <p className="text-slate-500">
                  {formatDateTime(block.start, timeZone, locale)} –{" "}
                  {formatDateTime(block.end, timeZone, locale)}
                </p>
              </div>
              <form action={remove}>
                <input type="hidden" name="id" value={block.id} />
                <button
                  type="submit"
                  className={quietButtonClass}
                  disabled={block.id.startsWith("pending-")}
                  aria-label={t("removeBusy", { title: block.title ?? "" }).trim()}
                >
                  {t("remove")}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}

function hasFieldErrors(fieldErrors: Record<string, string>): boolean {
  return Object.keys(fieldErrors).length > 0;
}
