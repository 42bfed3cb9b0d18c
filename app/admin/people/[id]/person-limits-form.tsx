// The admin's form for one person's daily limits: a number raises or lowers a limit, an empty field restores the
// default. Saved by a server action (audited); the page re-renders with the new figures.
"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { fieldError, idleState } from "@/lib/actions/action-state";
import type { PersonLimitsInput } from "@/lib/admin/people";
import { ActionMessage, FieldNote } from "../../_components/action-message";
import { buttonStyles, inputClass } from "../../_components/page-header";
import { savePersonLimitsAction } from "./actions";

const fields = [
  ["bookings_per_day", "bookingsPerDay"],
  ["calls_per_day", "callsPerDay"],
  ["llm_tokens_per_day", "tokensPerDay"],
] as const;

export function PersonLimitsForm(props: { personId: string; initial: PersonLimitsInput }) {
  const t = useTranslations("adminPeople.limits");
  const [state, action, pending] = useActionState(savePersonLimitsAction, idleState);
  // Controlled, so what was typed stays after a refusal (React resets uncontrolled fields after an action).
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries(fields.map(([key]) => [key, props.initial[key]?.toString() ?? ""])),
  );

  return (
    <form action={action} className="mt-4 grid gap-3 sm:grid-cols-3" data-testid="person-limits-form">
      <input type="hidden" name="person_id" value={props.personId} />
      {fields.map(([key, label]) => (
        <label key={key} className="block text-xs font-medium text-slate-500">
          {t(label)}
          <input
            name={key}
            inputMode="numeric"
            value={values[key]}
            onChange={(e) => setValues({ ...values, [key]: e.target.value })}
            placeholder={t("placeholder")}
            aria-invalid={fieldError(state, key) ? true : undefined}
            data-testid={`limit-${key}`}
            className={`mt-1 ${inputClass}`}
          />
          <FieldNote error={fieldError(state, key)} />
        </label>
      ))}
      <div className="flex items-center gap-3 sm:col-span-3">
        <button type="submit" disabled={pending} className={buttonStyles.primary} data-testid="save-limits">
          {pending ? t("saving") : t("save")}
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}
