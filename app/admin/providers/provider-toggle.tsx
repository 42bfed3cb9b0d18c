// Disable / enable a provider in place; the page's data is reloaded so the row shows its new state.
"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { adminRequest } from "../_components/admin-api";

export function ProviderToggle(props: { providerId: string; disabled: boolean; name: string }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function toggle() {
    setBusy(true);
    setError(null);
    const result = await adminRequest(`/api/admin/providers/${props.providerId}`, {
      method: "PATCH",
      body: { disabled: !props.disabled },
    });
    setBusy(false);
    if (!result.ok) setError(result.error);
    else startTransition(() => router.refresh());
  }

  return (
    <span className="inline-flex flex-col items-end gap-1">
      <span className="inline-flex items-center gap-2">
        <span
          data-testid="provider-state"
          className={`rounded-full px-2 py-0.5 text-[11px] font-medium ring-1 ring-inset ${
            props.disabled
              ? "bg-slate-100 text-slate-500 ring-slate-200"
              : "bg-emerald-50 text-emerald-700 ring-emerald-200"
          }`}
        >
          {props.disabled ? "Disabled" : "Enabled"}
        </span>
        <button
          type="button"
          onClick={toggle}
          disabled={busy || pending}
          data-testid={props.disabled ? "enable-provider" : "disable-provider"}
          aria-label={`${props.disabled ? "Enable" : "Disable"} ${props.name}`}
          className={`rounded-lg border px-2.5 py-1 text-xs font-medium disabled:opacity-60 ${
            props.disabled
              ? "border-emerald-200 bg-white text-emerald-700 hover:bg-emerald-50"
              : "border-rose-200 bg-white text-rose-700 hover:bg-rose-50"
          }`}
        >
          {busy || pending ? "…" : props.disabled ? "Enable" : "Disable"}
        </button>
      </span>
      {error && (
        <span role="alert" className="max-w-[14rem] text-xs text-rose-600">
          {error}
        </span>
      )}
    </span>
  );
}
