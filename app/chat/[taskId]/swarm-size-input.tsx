// How many businesses to phone at once: 1 to 15, with − and + buttons beside the number.
"use client";

import { useTranslations } from "next-intl";

const smallest = 1;
const largest = 15;

export function SwarmSizeInput(props: { value: number; onChange: (value: number) => void; error?: string }) {
  const t = useTranslations("callPanel");
  const clamp = (value: number) => Math.min(largest, Math.max(smallest, Math.round(value)));
  const stepButton =
    "flex h-9 w-9 items-center justify-center rounded-lg border border-slate-200 text-lg text-slate-600 hover:bg-slate-50 disabled:opacity-40";
  return (
    <div className="mt-4">
      <label htmlFor="swarm-size" className="block text-xs font-medium text-slate-500">
        {t("providersToCall")}
      </label>
      <div className="mt-1 flex items-center gap-2">
        <button
          type="button"
          aria-label={t("fewer")}
          className={stepButton}
          disabled={props.value <= smallest}
          onClick={() => props.onChange(clamp(props.value - 1))}
        >
          −
        </button>
        <input
          id="swarm-size"
          name="swarm_size"
          data-testid="swarm-size"
          type="number"
          min={smallest}
          max={largest}
          inputMode="numeric"
          value={props.value}
          onChange={(event) => {
            const value = Number(event.target.value);
            if (Number.isFinite(value) && event.target.value !== "") props.onChange(clamp(value));
          }}
          className="h-9 w-16 rounded-lg border border-slate-200 text-center text-sm font-semibold text-slate-900 focus:border-indigo-400 focus:ring-4 focus:ring-indigo-100 focus:outline-none"
        />
        <button
          type="button"
          aria-label={t("more")}
          className={stepButton}
          disabled={props.value >= largest}
          onClick={() => props.onChange(clamp(props.value + 1))}
        >
          +
        </button>
        <span className="text-xs text-slate-400">{t("upTo", { largest })}</span>
      </div>
      {props.error && (
        <p role="alert" data-testid="swarm-size-error" className="mt-1 text-xs text-rose-700">
          {props.error}
        </p>
      )}
    </div>
  );
}
