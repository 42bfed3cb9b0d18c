// Adding a number to the do-not-call list, removing one, and reviewing an opt-out heard on a call (confirm lists
// it for everyone, dismiss lets everyone's calls dial it again), through the admin API (all audited).
"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { adminRequest } from "../_components/admin-api";
import { buttonStyles, inputClass } from "../_components/page-header";

export function AddNumberForm() {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [phone, setPhone] = useState("");
  const [country, setCountry] = useState("US");
  const [reason, setReason] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await adminRequest<{ phone: string }>("/api/admin/do-not-call", {
      body: { phone, country, ...(reason.trim() ? { reason } : {}) },
    });
    setBusy(false);
    if (!result.ok) {
      setMessage({ kind: "error", text: result.error });
      return;
    }
    setMessage({ kind: "ok", text: `${result.data.phone} will never be dialed.` });
    setPhone("");
    setReason("");
    startTransition(() => router.refresh());
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-3" data-testid="add-do-not-call">
      <label className="block text-sm font-medium text-slate-700">
        Phone number
        <input
          value={phone}
          onChange={(e) => setPhone(e.target.value)}
          required
          inputMode="tel"
          placeholder="+1 617 555 0123"
          data-testid="do-not-call-phone"
          className={`mt-1 ${inputClass}`}
        />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        Country, for numbers without +code
        <input
          value={country}
          onChange={(e) => setCountry(e.target.value.toUpperCase())}
          maxLength={2}
          className={`mt-1 ${inputClass}`}
        />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        Reason <span className="font-normal text-slate-400">(optional)</span>
        <input
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          placeholder="Asked not to be called"
          data-testid="do-not-call-reason"
          className={`mt-1 ${inputClass}`}
        />
      </label>
      <button type="submit" disabled={busy} className={buttonStyles.primary} data-testid="do-not-call-add">
        {busy ? "Adding…" : "Add to the list"}
      </button>
      {message && (
        <p
          role={message.kind === "error" ? "alert" : "status"}
          className={`rounded-lg px-3 py-2 text-sm ${message.kind === "error" ? "bg-rose-50 text-rose-700" : "bg-emerald-50 text-emerald-700"}`}
        >
          {message.text}
        </p>
      )}
    </form>
  );
}

export function RemoveNumberButton({ phone }: { phone: string }) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    if (!window.confirm(`Allow CallPilot to dial ${phone} again?`)) return;
    setBusy(true);
    const result = await adminRequest(`/api/admin/do-not-call/${encodeURIComponent(phone)}`, {
      method: "DELETE",
    });
    setBusy(false);
    if (!result.ok) setError(result.error);
    else startTransition(() => router.refresh());
  }

  return (
    <span className="flex shrink-0 flex-col items-end gap-1">
      <button
        type="button"
        onClick={remove}
        disabled={busy}
        className={buttonStyles.small}
        data-testid="do-not-call-remove"
      >
        {busy ? "Removing…" : "Remove"}
      </button>
      {error && (
        <span role="alert" className="text-xs text-rose-600">
          {error}
        </span>
      )}
    </span>
  );
}

export function ReviewOptOutButtons({ phone }: { phone: string }) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function review(decision: "confirm" | "dismiss") {
    const question =
      decision === "confirm"
        ? `Never call ${phone} again, for anyone?`
        : `Let CallPilot dial ${phone} again, also for the person whose call heard this?`;
    if (!window.confirm(question)) return;
    setBusy(true);
    const path = `/api/admin/do-not-call/${encodeURIComponent(phone)}`;
    const result = await adminRequest(
      decision === "confirm" ? `${path}/confirm` : path,
      decision === "confirm" ? { method: "POST" } : { method: "DELETE" },
    );
    setBusy(false);
    if (!result.ok) setError(result.error);
    else startTransition(() => router.refresh());
  }

  return (
    <span className="flex shrink-0 flex-col items-end gap-1">
      <span className="flex gap-2">
        <button
          type="button"
          onClick={() => review("confirm")}
          disabled={busy}
          className={buttonStyles.small}
          data-testid="opt-out-confirm"
        >
          Confirm
        </button>
        <button
          type="button"
          onClick={() => review("dismiss")}
          disabled={busy}
          className={buttonStyles.small}
          data-testid="opt-out-dismiss"
        >
          Dismiss
        </button>
      </span>
      {error && (
        <span role="alert" className="text-xs text-rose-600">
          {error}
        </span>
      )}
    </span>
  );
}
