// The booking's admin actions: cancel the calls not dialed yet, and mark the booking resolved with a note. Both are
// server actions recorded in the audit log; the page re-renders with the result.
"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { fieldError, idleState } from "@/lib/actions/action-state";
import { ActionMessage, FieldNote } from "../../_components/action-message";
import { buttonStyles, inputClass } from "../../_components/page-header";
import { cancelPendingCallsAction, resolveBookingAction } from "./actions";

export function AdminActions(props: {
  bookingId: string;
  pendingCalls: number;
  resolution: { note: string } | null;
}) {
  const t = useTranslations("adminBookings.actions");
  const [canceled, cancel, canceling] = useActionState(cancelPendingCallsAction, idleState);
  const [resolved, resolve, resolving] = useActionState(resolveBookingAction, idleState);
  // Controlled, so a refused note stays in the field (React resets uncontrolled fields after an action).
  const [note, setNote] = useState(props.resolution?.note ?? "");

  function confirmCancel(event: FormEvent) {
    if (!window.confirm(t("confirmCancel", { count: props.pendingCalls }))) event.preventDefault();
  }

  return (
    <aside
      className="flex flex-col gap-4 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm"
      data-testid="admin-actions"
    >
      <h2 className="font-semibold text-slate-900">{t("heading")}</h2>
      <form action={cancel} onSubmit={confirmCancel}>
        <input type="hidden" name="booking_id" value={props.bookingId} />
        <button
          type="submit"
          disabled={canceling || props.pendingCalls === 0}
          data-testid="cancel-pending-calls"
          className={`${buttonStyles.danger} w-full`}
        >
          {canceling ? t("canceling") : t("cancelPending", { count: props.pendingCalls })}
        </button>
        <p className="mt-1.5 text-xs text-slate-500">{t("cancelHint")}</p>
        <ActionMessage state={canceled} className="mt-2" />
      </form>
      <form action={resolve} className="flex flex-col gap-2 border-t border-slate-100 pt-4">
        <input type="hidden" name="booking_id" value={props.bookingId} />
        <label htmlFor="resolution-note" className="text-sm font-medium text-slate-700">
          {props.resolution ? t("noteLabel") : t("markResolved")}
        </label>
        <textarea
          id="resolution-note"
          name="note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          required
          maxLength={2000}
          rows={3}
          placeholder={t("notePlaceholder")}
          data-testid="resolution-note"
          aria-invalid={fieldError(resolved, "note") ? true : undefined}
          className={inputClass}
        />
        <FieldNote error={fieldError(resolved, "note")} />
        <button
          type="submit"
          disabled={resolving || note.trim() === ""}
          data-testid="resolve-booking"
          className={buttonStyles.secondary}
        >
          {resolving ? t("saving") : props.resolution ? t("updateNote") : t("markResolved")}
        </button>
        <p className="text-xs text-slate-500">{t("onlyAdmins")}</p>
        <ActionMessage state={resolved} />
      </form>
    </aside>
  );
}
