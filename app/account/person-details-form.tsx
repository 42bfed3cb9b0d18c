// The account page's "Answers agents may give": details a receptionist often asks for, pre-filled so the agent can
// answer at once instead of putting the question to the person during the call. A real form posting a server action,
// so it saves before JavaScript loads too.
"use client";

import { useTranslations } from "next-intl";
import { fieldError } from "@/lib/actions/action-state";
import type { PersonProfileView } from "@/lib/calls/questions/person-profile";
import { useFormAction } from "@/app/_components/use-form-action";
import { FormField } from "@/app/calendar/section-card";
import { savePersonProfileAction } from "./actions";

// Each field's label is account.{label} and its example account.{label}Placeholder.
const fields = [
  { key: "insurance_provider", label: "insurance" },
  { key: "date_of_birth", label: "birth" },
  { key: "pet_name", label: "pet" },
  { key: "callback_number", label: "callback" },
] as const satisfies Array<{ key: keyof PersonProfileView; label: string }>;

export function PersonDetailsForm({ profile }: { profile: PersonProfileView }) {
  const t = useTranslations("account");
  const { state, formAction, pending, typed } = useFormAction(savePersonProfileAction);
  return (
    <form action={formAction} data-testid="client-details-form" className="flex flex-col gap-3 text-sm">
      <div className="grid gap-3 sm:grid-cols-2">
        {fields.map((field) => {
          const value = typed[field.key] ?? profile[field.key] ?? "";
          return (
            <FormField
              // A new key when the saved value changes, so the field shows what the server kept.
              key={`${field.key}-${value}`}
              label={<span className="font-medium text-slate-700">{t(field.label)}</span>}
              labelClassName="flex flex-col gap-1"
              name={field.key}
              defaultValue={value}
              placeholder={t(`${field.label}Placeholder`)}
              maxLength={120}
              error={fieldError(state, field.key)}
            />
          );
        })}
      </div>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          disabled={pending}
          data-testid="save-client-details"
          className="rounded-xl bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-500 disabled:opacity-60"
        >
          {pending ? t("saving") : t("saveAnswers")}
        </button>
        {state.status === "ok" && (
          <span role="status" className="text-emerald-700" data-testid="client-details-saved">
            {state.message}
          </span>
        )}
        {state.status === "error" && Object.keys(state.fieldErrors).length === 0 && (
          <span role="alert" className="text-rose-700">
            {state.error}
          </span>
        )}
      </div>
    </form>
  );
}
