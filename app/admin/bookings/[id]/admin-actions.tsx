// The booking's admin actions: cancel the calls not dialed yet, and mark the booking resolved with a note. Both
// are recorded in the audit log by the server.
"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { adminRequest } from "../../_components/admin-api";
import { buttonStyles, inputClass } from "../../_components/page-header";

export function AdminActions(props: {
  bookingId: string;
  pendingCalls: number;
  resolution: { note: string } | null;
}) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [note, setNote] = useState(props.resolution?.note ?? "");
  const [busy, setBusy] = useState<"cancel" | "resolve" | null>(null);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);

  async function cancelPending() {
    if (!window.confirm(`Cancel ${props.pendingCalls} call(s) that have not been dialed yet?`)) return;
    setBusy("cancel");
    const result = await adminRequest<{ canceled_call_ids: string[] }>(
      `/api/admin/bookings/${props.bookingId}/cancel-pending-calls`,
      { method: "POST" },
    );
    setBusy(null);
    setMessage(
      result.ok
        ? { kind: "ok", text: `Canceled ${result.data.canceled_call_ids.length} pending call(s).` }
        : { kind: "error", text: result.error },
    );
    if (result.ok) startTransition(() => router.refresh());
  }

  async function resolve(event: FormEvent) {
    event.preventDefault();
    setBusy("resolve");
    const result = await adminRequest(`/api/admin/bookings/${props.bookingId}/resolve`, { body: { note } });
    setBusy(null);
    setMessage(result.ok ? { kind: "ok", text: "Marked resolved." } : { kind: "error", text: result.error });
    if (result.ok) startTransition(() => router.refresh());
  }

  return (
    <aside
      className="flex flex-col gap-4 rounded-2xl border border-slate-200 bg-white p-5 shadow-sm"
      data-testid="admin-actions"
    >
      <h2 className="font-semibold text-slate-900">Actions</h2>
      <div>
        <button
          type="button"
          onClick={cancelPending}
          disabled={busy !== null || props.pendingCalls === 0}
          data-testid="cancel-pending-calls"
          className={`${buttonStyles.danger} w-full`}
        >
          {busy === "cancel" ? "Canceling…" : `Cancel pending calls (${props.pendingCalls})`}
        </button>
        <p className="mt-1.5 text-xs text-slate-500">
          Calls queued or scheduled and not dialed yet. Live calls go on.
        </p>
      </div>
      <form onSubmit={resolve} className="flex flex-col gap-2 border-t border-slate-100 pt-4">
        <label htmlFor="resolution-note" className="text-sm font-medium text-slate-700">
          {props.resolution ? "Resolution note" : "Mark resolved"}
        </label>
        <textarea
          id="resolution-note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
          required
          maxLength={2000}
          rows={3}
          placeholder="What was done, e.g. “Booked by phone with the clinic directly.”"
          data-testid="resolution-note"
          className={inputClass}
        />
        <button
          type="submit"
          disabled={busy !== null || note.trim() === ""}
          data-testid="resolve-booking"
          className={buttonStyles.secondary}
        >
          {busy === "resolve" ? "Saving…" : props.resolution ? "Update the note" : "Mark resolved"}
        </button>
        <p className="text-xs text-slate-500">
          Only admins see this; the person&apos;s booking page is unchanged.
        </p>
      </form>
      {message && (
        <p
          role={message.kind === "error" ? "alert" : "status"}
          className={`rounded-lg px-3 py-2 text-sm ${message.kind === "error" ? "bg-rose-50 text-rose-700" : "bg-emerald-50 text-emerald-700"}`}
        >
          {message.text}
        </p>
      )}
    </aside>
  );
}
