// The summary card: the fields CallPilot understood, editable by the person and saved with PATCH /api/task/{id}.
"use client";

import { useState, type FormEvent } from "react";
import type { BookingRequest } from "@/lib/intake/booking-request";
import type { TaskView } from "@/lib/intake/tasks";
import { apiRequest, messageOf } from "@/app/_components/api-request";
import { serviceTypeOptions } from "@/app/_components/service-labels";
import { ResolvedTimes } from "./resolved-times";
import { draftFrom, isDirty, patchFrom, type EditableField } from "./summary-draft";
import { SummaryField, fieldInputClass } from "./summary-field";

export function SummaryCard(props: {
  taskId: string;
  request: BookingRequest;
  timeZone: string;
  locked: boolean;
  onSaved: (view: TaskView) => void;
}) {
  const original = draftFrom(props.request);
  const [draft, setDraft] = useState(original);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const dirty = isDirty(draft, original);
  const set = (field: EditableField) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    try {
      const patch = patchFrom(draft, original);
      setSaving(true);
      props.onSaved(
        await apiRequest<TaskView>(`/api/task/${props.taskId}`, { method: "PATCH", body: patch }),
      );
    } catch (failure) {
      setError(messageOf(failure));
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      onSubmit={save}
      data-testid="summary-card"
      className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm"
      aria-label="Request summary"
    >
      <div className="mb-3 flex items-baseline justify-between">
        <h2 className="text-sm font-semibold text-slate-900">Summary</h2>
        <span className="text-xs text-slate-400">{props.locked ? "Sent to providers" : "Edit anything"}</span>
      </div>
      <fieldset disabled={props.locked || saving} className="grid grid-cols-2 gap-x-3 gap-y-3">
        <SummaryField label="Service" htmlFor="summary-service-type" wide>
          <select
            id="summary-service-type"
            data-testid="summary-service-type"
            value={draft.service_type}
            onChange={(event) => set("service_type")(event.target.value)}
            className={fieldInputClass}
          >
            <option value="">Not set yet</option>
            {serviceTypeOptions.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </SummaryField>
        <SummaryField label="Location" htmlFor="summary-location" wide>
          <input
            id="summary-location"
            data-testid="summary-location"
            value={draft.location}
            onChange={(e) => set("location")(e.target.value)}
            maxLength={200}
            placeholder="City or address"
            className={fieldInputClass}
          />
        </SummaryField>
        <SummaryField label="Timeframe" htmlFor="summary-timeframe">
          <input
            id="summary-timeframe"
            data-testid="summary-timeframe"
            value={draft.timeframe}
            onChange={(e) => set("timeframe")(e.target.value)}
            maxLength={100}
            placeholder="next week"
            className={fieldInputClass}
          />
        </SummaryField>
        <SummaryField label="Preferred time" htmlFor="summary-preferred-time">
          <input
            id="summary-preferred-time"
            data-testid="summary-preferred-time"
            value={draft.preferred_time}
            onChange={(e) => set("preferred_time")(e.target.value)}
            maxLength={100}
            placeholder="mornings"
            className={fieldInputClass}
          />
        </SummaryField>
        <ResolvedTimes
          window={props.request.window}
          timeOfDay={props.request.time_of_day}
          timeZone={props.timeZone}
        />
        <SummaryField label="Party size" htmlFor="summary-party-size">
          <input
            id="summary-party-size"
            data-testid="summary-party-size"
            type="number"
            min={1}
            max={50}
            inputMode="numeric"
            value={draft.party_size}
            onChange={(e) => set("party_size")(e.target.value)}
            placeholder="—"
            className={fieldInputClass}
          />
        </SummaryField>
        <SummaryField label="Name" htmlFor="summary-client-name">
          <input
            id="summary-client-name"
            data-testid="summary-client-name"
            value={draft.client_name}
            onChange={(e) => set("client_name")(e.target.value)}
            maxLength={100}
            placeholder="Book under"
            className={fieldInputClass}
          />
        </SummaryField>
        <SummaryField label="Notes" htmlFor="summary-notes" wide>
          <textarea
            id="summary-notes"
            data-testid="summary-notes"
            rows={2}
            value={draft.notes}
            onChange={(e) => set("notes")(e.target.value)}
            maxLength={1000}
            placeholder="Anything the business should know"
            className={`${fieldInputClass} resize-y`}
          />
        </SummaryField>
      </fieldset>
      {error && (
        <p
          role="alert"
          data-testid="summary-error"
          className="mt-3 rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-700"
        >
          {error}
        </p>
      )}
      {dirty && !props.locked && (
        <div className="mt-3 flex justify-end gap-2">
          <button
            type="button"
            onClick={() => setDraft(original)}
            className="rounded-lg px-3 py-1.5 text-sm font-medium text-slate-600 hover:bg-slate-100"
          >
            Discard
          </button>
          <button
            type="submit"
            data-testid="summary-save"
            disabled={saving}
            className="rounded-lg bg-slate-900 px-3.5 py-1.5 text-sm font-semibold text-white hover:bg-slate-700 disabled:opacity-60"
          >
            {saving ? "Saving…" : "Save changes"}
          </button>
        </div>
      )}
    </form>
  );
}
