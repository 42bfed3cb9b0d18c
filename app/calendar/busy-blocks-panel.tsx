// Busy times added by hand: a short form (start, end, an optional note) and the list with a remove button each.
"use client";

import { useState } from "react";
import type { BusyBlockView } from "@/lib/calendar/busy-blocks";
import { apiFetch, apiRequest } from "@/app/_components/api-request";
import { formatDateTime } from "@/app/_components/format-time";
import { buttonClass, ErrorNote, inputClass, quietButtonClass, SectionCard } from "./section-card";

type Change = (work: () => Promise<unknown>) => Promise<string | null>;

export function BusyBlocksPanel({
  blocks,
  timeZone,
  change,
}: {
  blocks: BusyBlockView[];
  timeZone: string;
  change: Change;
}) {
  const [start, setStart] = useState("");
  const [end, setEnd] = useState("");
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function add(event: React.FormEvent) {
    event.preventDefault();
    if (!start || !end) return setError("Choose when the busy time starts and ends.");
    setSaving(true);
    // datetime-local values are wall-clock times in the browser's zone; Date reads them that way.
    const failure = await change(() =>
      apiRequest("/api/calendar/busy-blocks", {
        body: {
          start: new Date(start).toISOString(),
          end: new Date(end).toISOString(),
          ...(title.trim() && { title: title.trim() }),
        },
      }),
    );
    setSaving(false);
    setError(failure);
    if (!failure) {
      setStart("");
      setEnd("");
      setTitle("");
    }
  }

  return (
    <SectionCard
      title="Busy times"
      description="Add the times you can't make; CallPilot turns down any slot that overlaps them."
      testId="busy-blocks"
    >
      <form onSubmit={add} className="grid gap-3 sm:grid-cols-2" aria-label="Add a busy time">
        <label className="text-sm font-medium text-slate-700">
          From
          <input
            type="datetime-local"
            value={start}
            onChange={(e) => setStart(e.target.value)}
            className={`${inputClass} mt-1`}
            data-testid="busy-start"
            required
          />
        </label>
        <label className="text-sm font-medium text-slate-700">
          Until
          <input
            type="datetime-local"
            value={end}
            min={start || undefined}
            onChange={(e) => setEnd(e.target.value)}
            className={`${inputClass} mt-1`}
            data-testid="busy-end"
            required
          />
        </label>
        <label className="text-sm font-medium text-slate-700 sm:col-span-2">
          Note <span className="font-normal text-slate-400">(only you see it)</span>
          <input
            type="text"
            value={title}
            maxLength={200}
            placeholder="School run"
            onChange={(e) => setTitle(e.target.value)}
            className={`${inputClass} mt-1`}
            data-testid="busy-title"
          />
        </label>
        <div className="sm:col-span-2">
          <button type="submit" className={buttonClass} disabled={saving} data-testid="add-busy-block">
            {saving ? "Adding…" : "Add busy time"}
          </button>
        </div>
      </form>
      <ErrorNote message={error} />
      {blocks.length > 0 && (
        <ul
          className="mt-4 divide-y divide-slate-100 border-t border-slate-100"
          data-testid="busy-block-list"
        >
          {blocks.map((block) => (
            <li key={block.id} className="flex items-center justify-between gap-3 py-2.5 text-sm">
              <div className="min-w-0">
                <p className="font-medium text-slate-800">{block.title ?? "Busy"}</p>
                <p className="text-slate-500">
                  {formatDateTime(block.start, timeZone)} – {formatDateTime(block.end, timeZone)}
                </p>
              </div>
              <button
                type="button"
                className={quietButtonClass}
                aria-label={`Remove busy time ${block.title ?? ""}`.trim()}
                onClick={async () =>
                  setError(
                    await change(() =>
                      apiFetch(`/api/calendar/busy-blocks/${block.id}`, { method: "DELETE" }),
                    ),
                  )
                }
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </SectionCard>
  );
}
