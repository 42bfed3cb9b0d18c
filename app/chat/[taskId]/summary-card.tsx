// The summary card: the fields CallPilot understood, editable by the person and saved by a server action (the twin
// of PATCH /api/task/{id}). A real form with named fields, so it saves before the page's script has loaded too.
"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, useSyncExternalStore } from "react";
import { fieldError, idleState, type ActionState } from "@/lib/actions/action-state";
import type { BookingRequest } from "@/lib/intake/booking-request";
import type { TaskView } from "@/lib/intake/tasks";
import { serviceTypeOptions } from "@/app/_components/service-labels";
import { saveSummary } from "./actions";
import { ResolvedTimes } from "./resolved-times";
import { draftFrom, isDirty, type EditableField } from "./summary-draft";
import { SummaryField, fieldInputClass } from "./summary-field";

type SaveState = ActionState<TaskView>;

const noSubscription = () => () => {};
/** False in the server's HTML (the buttons must be there without a script), true once React runs in the browser. */
const useScriptRunning = () =>
  useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );

export function SummaryCard(props: {
  taskId: string;
  request: BookingRequest;
  timeZone: string;
  locked: boolean;
}) {
  const t = useTranslations("summary");
  const services = useTranslations("services");
  const original = draftFrom(props.request);
  const [draft, setDraft] = useState(original);
  // Saved, the page renders again with the stored values and this card starts over from them.
  const [state, formAction, saving] = useActionState<SaveState, FormData>(saveSummary, idleState);
  const scriptRunning = useScriptRunning();
  const dirty = isDirty(draft, original);
  const set = (field: EditableField) => (value: string) =>
    setDraft((current) => ({ ...current, [field]: value }));
  const errorOf = (field: EditableField) => fieldError(state, field);
  // A sentence that names no field (not yours, too many requests) shows under the card.
  const cardError =
    state.status === "error" && Object.keys(state.fieldErrors).length === 0 ? state.error : null;

  return (
    <form
      action={formAction}
      data-testid="summary-card"
      className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm"
      aria-label={t("label")}
    >
      <input type="hidden" name="task_id" value={props.taskId} />
      <div className="mb-3 flex items-baseline justify-between">
        <h2 className="text-sm font-semibold text-slate-900">{t("heading")}</h2>
        <span className="text-xs text-slate-400">{props.locked ? t("sent") : t("editAnything")}</span>
      </div>
      <fieldset disabled={props.locked || saving} className="grid grid-cols-2 gap-x-3 gap-y-3">
        <SummaryField
          label={t("service")}
          htmlFor="summary-service-type"
          error={errorOf("service_type")}
          wide
        >
          <select
            id="summary-service-type"
            name="service_type"
            data-testid="summary-service-type"
            value={draft.service_type}
            onChange={(event) => set("service_type")(event.target.value)}
            className={fieldInputClass}
          >
            <option value="">{t("notSet")}</option>
            {serviceTypeOptions.map(([value]) => (
              <option key={value} value={value}>
                {services(value)}
              </option>
            ))}
          </select>
        </SummaryField>
        <SummaryField label={t("location")} htmlFor="summary-location" error={errorOf("location")} wide>
          <input
            id="summary-location"
            name="location"
            data-testid="summary-location"
            value={draft.location}
            onChange={(e) => set("location")(e.target.value)}
            maxLength={200}
            placeholder={t("locationPlaceholder")}
            className={fieldInputClass}
          />
        </SummaryField>
        <SummaryField label={t("timeframe")} htmlFor="summary-timeframe" error={errorOf("timeframe")}>
          <input
            id="summary-timeframe"
            name="timeframe"
            data-testid="summary-timeframe"
            value={draft.timeframe}
            onChange={(e) => set("timeframe")(e.target.value)}
            maxLength={100}
            placeholder={t("timeframePlaceholder")}
            className={fieldInputClass}
          />
        </SummaryField>
        <SummaryField
          label={t("preferredTime")}
          htmlFor="summary-preferred-time"
          error={errorOf("preferred_time")}
        >
          <input
            id="summary-preferred-time"
            name="preferred_time"
            data-testid="summary-preferred-time"
            value={draft.preferred_time}
            onChange={(e) => set("preferred_time")(e.target.value)}
            maxLength={100}
            placeholder={t("preferredTimePlaceholder")}
            className={fieldInputClass}
          />
        </SummaryField>
        <ResolvedTimes
          window={props.request.window}
          timeOfDay={props.request.time_of_day}
          timeZone={props.timeZone}
        />
        <SummaryField label={t("partySize")} htmlFor="summary-party-size" error={errorOf("party_size")}>
          <input
            id="summary-party-size"
            name="party_size"
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
        <SummaryField label={t("name")} htmlFor="summary-client-name" error={errorOf("client_name")}>
          <input
            id="summary-client-name"
            name="client_name"
            data-testid="summary-client-name"
            value={draft.client_name}
            onChange={(e) => set("client_name")(e.target.value)}
            maxLength={100}
            placeholder={t("namePlaceholder")}
            className={fieldInputClass}
          />
        </SummaryField>
        <SummaryField label={t("notes")} htmlFor="summary-notes" error={errorOf("notes")} wide>
          <textarea
            id="summary-notes"
            name="notes"
            data-testid="summary-notes"
            rows={2}
            value={draft.notes}
            onChange={(e) => set("notes")(e.target.value)}
            maxLength={1000}
            placeholder={t("notesPlaceholder")}
            className={`${fieldInputClass} resize-y`}
          />
        </SummaryField>
      </fieldset>
      {cardError && (
        <p
          role="alert"
          data-testid="summary-error"
          className="mt-3 rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-700"
        >
          {cardError}
        </p>
      )}
      {/* Without a script the card cannot tell what changed: Save is always there. */}
      {(dirty || !scriptRunning) && !props.locked && (
        <div className="mt-3 flex justify-end gap-2">
          {scriptRunning && (
            <button
              type="button"
              onClick={() => setDraft(original)}
              className="rounded-lg px-3 py-1.5 text-sm font-medium text-slate-600 hover:bg-slate-100"
            >
              {t("discard")}
            </button>
          )}
          <button
            type="submit"
            data-testid="summary-save"
            disabled={saving}
            className="rounded-lg bg-slate-900 px-3.5 py-1.5 text-sm font-semibold text-white hover:bg-slate-700 disabled:opacity-60"
          >
            {saving ? t("saving") : t("save")}
          </button>
        </div>
      )}
    </form>
  );
}
