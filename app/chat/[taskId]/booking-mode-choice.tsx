// Whether CallPilot books the first slot that fits on its own, or collects offers and lets the person choose.
"use client";

import { useTranslations } from "next-intl";
import type { BookingView } from "@/lib/booking/booking-view";

export type BookingMode = BookingView["mode"];

// Each mode is described by callPanel.{mode}Title and callPanel.{mode}Detail.
const modes: BookingMode[] = ["auto", "review"];

export function BookingModeChoice(props: { value: BookingMode; onChange: (mode: BookingMode) => void }) {
  const t = useTranslations("callPanel");
  return (
    <fieldset className="mt-4">
      <legend className="text-xs font-medium text-slate-500">{t("howToBook")}</legend>
      <div className="mt-1 space-y-2">
        {modes.map((mode) => (
          <label
            key={mode}
            className={`flex cursor-pointer gap-3 rounded-xl border p-3 transition ${
              props.value === mode
                ? "border-indigo-400 bg-indigo-50/60 ring-1 ring-indigo-400"
                : "border-slate-200 hover:bg-slate-50"
            }`}
          >
            <input
              type="radio"
              name="mode"
              value={mode}
              data-testid={`mode-${mode}`}
              checked={props.value === mode}
              onChange={() => props.onChange(mode)}
              className="mt-0.5 h-4 w-4 accent-indigo-600"
            />
            <span>
              <span className="block text-sm font-medium text-slate-900">{t(`${mode}Title`)}</span>
              <span className="block text-xs text-slate-500">{t(`${mode}Detail`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
