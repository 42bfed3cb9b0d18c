// Disable / enable a provider in place: the new state shows at once (useOptimistic) while the server action saves
// it; the page then re-renders with the stored state, or the refusal is shown and the switch flips back.
"use client";

import { useTranslations } from "next-intl";
import { useOptimistic, useState } from "react";
import { setProviderDisabledAction } from "./actions";

export function ProviderToggle(props: { providerId: string; disabled: boolean; name: string }) {
  const t = useTranslations("adminProviders.toggle");
  const [disabled, showDisabled] = useOptimistic(props.disabled);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function toggle(form: FormData) {
    setError(null);
    setSaving(true);
    showDisabled(!disabled);
    const result = await setProviderDisabledAction(form);
    setSaving(false);
    if (result.status === "error") setError(result.error);
  }

  return (
    <form action={toggle} className="inline-flex flex-col items-end gap-1">
      <input type="hidden" name="provider_id" value={props.providerId} />
      <input type="hidden" name="disabled" value={String(!disabled)} />
      <span className="inline-flex items-center gap-2">
        <span
          data-testid="provider-state"
          className={`rounded-full px-2 py-0.5 text-[11px] font-medium ring-1 ring-inset ${
            disabled
              ? "bg-slate-100 text-slate-500 ring-slate-200"
              : "bg-emerald-50 text-emerald-700 ring-emerald-200"
          }`}
        >
          {disabled ? t("disabled") : t("enabled")}
        </span>
        <button
          type="submit"
          disabled={saving}
          data-testid={disabled ? "enable-provider" : "disable-provider"}
          aria-label={t(disabled ? "enableName" : "disableName", { name: props.name })}
          className={`rounded-lg border px-2.5 py-1 text-xs font-medium disabled:opacity-60 ${
            disabled
              ? "border-emerald-200 bg-white text-emerald-700 hover:bg-emerald-50"
              : "border-rose-200 bg-white text-rose-700 hover:bg-rose-50"
          }`}
        >
          {saving ? "…" : t(disabled ? "enable" : "disable")}
        </button>
      </span>
      {error && (
        <span role="alert" className="max-w-[14rem] text-xs text-rose-600">
          {error}
        </span>
      )}
    </form>
  );
}
