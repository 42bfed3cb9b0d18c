// The admin's form for one person's daily limits: a number raises or lowers a limit, an empty field restores the
// default. Saved with PATCH /api/admin/people/{id}/limits; the page then reloads its figures.
"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import type { PersonLimitsInput } from "@/lib/admin/people";
import { adminRequest } from "../../_components/admin-api";
import { buttonStyles, inputClass } from "../../_components/page-header";

const fields = [
  ["bookings_per_day", "Requests per day"],
  ["calls_per_day", "Calls per day"],
  ["llm_tokens_per_day", "AI assistant tokens per day"],
] as const;

export function PersonLimitsForm(props: { personId: string; initial: PersonLimitsInput }) {
  const router = useRouter();
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries(fields.map(([key]) => [key, props.initial[key]?.toString() ?? ""])),
  );
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function save(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setMessage(null);
    const body = Object.fromEntries(
      fields.map(([key]) => [key, values[key].trim() === "" ? null : Number(values[key])]),
    );
    const result = await adminRequest(`/api/admin/people/${props.personId}/limits`, {
      method: "PATCH",
      body,
    });
    setSaving(false);
    if (!result.ok) {
      setMessage({ ok: false, text: result.error });
      return;
    }
    setMessage({ ok: true, text: "Saved." });
    router.refresh();
  }

  return (
    <form onSubmit={save} className="mt-4 grid gap-3 sm:grid-cols-3" data-testid="person-limits-form">
      {fields.map(([key, label]) => (
        <label key={key} className="block text-xs font-medium text-slate-500">
          {label}
          <input
            inputMode="numeric"
            value={values[key]}
            onChange={(e) => setValues({ ...values, [key]: e.target.value })}
            placeholder="default"
            data-testid={`limit-${key}`}
            className={`mt-1 ${inputClass}`}
          />
        </label>
      ))}
      <div className="flex items-center gap-3 sm:col-span-3">
        <button type="submit" disabled={saving} className={buttonStyles.primary} data-testid="save-limits">
          {saving ? "Saving…" : "Save limits"}
        </button>
        {message && (
          <span
            role={message.ok ? "status" : "alert"}
            className={message.ok ? "text-sm text-emerald-700" : "text-sm text-rose-700"}
          >
            {message.text}
          </span>
        )}
      </div>
    </form>
  );
}
