// Whether CallPilot books the first slot that fits on its own, or collects offers and lets the person choose.
"use client";

import type { BookingView } from "@/lib/booking/booking-view";

export type BookingMode = BookingView["mode"];

const modes: Array<{ value: BookingMode; title: string; detail: string }> = [
  {
    value: "auto",
    title: "Book the first slot that fits",
    detail: "Fastest: we book as soon as a slot matches.",
  },
  { value: "review", title: "Let me choose", detail: "We collect the offers; you pick one to confirm." },
];

export function BookingModeChoice(props: { value: BookingMode; onChange: (mode: BookingMode) => void }) {
  return (
    <fieldset className="mt-4">
      <legend className="text-xs font-medium text-slate-500">How to book</legend>
      <div className="mt-1 space-y-2">
        {modes.map((mode) => (
          <label
            key={mode.value}
            className={`flex cursor-pointer gap-3 rounded-xl border p-3 transition ${
              props.value === mode.value
                ? "border-indigo-400 bg-indigo-50/60 ring-1 ring-indigo-400"
                : "border-slate-200 hover:bg-slate-50"
            }`}
          >
            <input
              type="radio"
              name="mode"
              value={mode.value}
              data-testid={`mode-${mode.value}`}
              checked={props.value === mode.value}
              onChange={() => props.onChange(mode.value)}
              className="mt-0.5 h-4 w-4 accent-indigo-600"
            />
            <span>
              <span className="block text-sm font-medium text-slate-900">{mode.title}</span>
              <span className="block text-xs text-slate-500">{mode.detail}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
