// Add or edit a provider through its server action. The server validates (E.164 phone, country, time zone,
// coordinates or a known city, opening hours) and answers with every wrong field, shown beside it; adding one opens
// its page.
"use client";

import { useActionState, useState } from "react";
import { fieldError, idleState, type ActionState } from "@/lib/actions/action-state";
import { serviceTypeOptions } from "@/app/_components/service-labels";
import { callLanguageNames, callLanguages } from "@/lib/providers/provider-language";
import { ActionMessage, FieldNote } from "../_components/action-message";
import { buttonStyles, inputClass } from "../_components/page-header";
import { createProviderAction, updateProviderAction } from "./actions";

export type ProviderFormValues = Record<
  | "name"
  | "service_type"
  | "phone"
  | "address"
  | "city"
  | "country"
  | "time_zone"
  | "latitude"
  | "longitude"
  | "rating"
  | "opening_hours"
  | "language",
  string
>;

export const emptyProviderValues: ProviderFormValues = {
  name: "",
  service_type: "dentist",
  phone: "",
  address: "",
  city: "",
  country: "US",
  time_zone: "",
  latitude: "",
  longitude: "",
  rating: "",
  opening_hours: "mon-fri 09:00-17:00",
  language: "",
};

type Field = keyof ProviderFormValues;

const hints: Partial<Record<Field, string>> = {
  phone: "Any format; saved as E.164 (+16175550123). Numbers without +country use the country below.",
  country: "Two letters: US, GB, …",
  time_zone: "IANA zone, e.g. America/New_York. Empty: taken from the location.",
  latitude: "Empty (with longitude): found from the city.",
  opening_hours: 'e.g. "mon-fri 08:00-17:00; sat 09:00-12:00" — several ranges a day with commas.',
};

export function ProviderForm(props: { providerId?: string; initial: ProviderFormValues }) {
  const editing = props.providerId !== undefined;
  const [state, action, pending] = useActionState<ActionState<{ id: string }>, FormData>(
    editing ? updateProviderAction : createProviderAction,
    idleState,
  );
  // Controlled, so what was typed stays after a refusal (React resets uncontrolled fields after an action); the
  // names make the form post without JavaScript as well.
  const [values, setValues] = useState(props.initial);

  const input = (field: Field, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => {
    const error = fieldError(state, field);
    return (
      <label className="block text-sm font-medium text-slate-700">
        {label}
        <input
          name={field}
          value={values[field]}
          onChange={(e) => setValues({ ...values, [field]: e.target.value })}
          aria-invalid={error ? true : undefined}
          data-testid={`provider-${field}`}
          className={`mt-1 ${inputClass} ${error ? "border-rose-300 ring-4 ring-rose-50" : ""}`}
          {...extra}
        />
        <FieldNote error={error} hint={hints[field]} />
      </label>
    );
  };

  return (
    <form action={action} className="grid gap-4 sm:grid-cols-2" data-testid="provider-form">
      {editing && <input type="hidden" name="provider_id" value={props.providerId} />}
      <div className="sm:col-span-2">{input("name", "Name", { required: true, maxLength: 200 })}</div>
      <label className="block text-sm font-medium text-slate-700">
        Service
        <select
          name="service_type"
          value={values.service_type}
          onChange={(e) => setValues({ ...values, service_type: e.target.value })}
          className={`mt-1 ${inputClass}`}
        >
          {serviceTypeOptions.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <FieldNote error={fieldError(state, "service_type")} />
      </label>
      {input("phone", "Phone", { inputMode: "tel" })}
      <div className="sm:col-span-2">{input("address", "Address", { required: true, maxLength: 300 })}</div>
      {input("city", "City", { required: true, maxLength: 100 })}
      {input("country", "Country", { required: true, maxLength: 2 })}
      {input("latitude", "Latitude", { inputMode: "decimal" })}
      {input("longitude", "Longitude", { inputMode: "decimal" })}
      {input("time_zone", "Time zone")}
      {input("rating", "Rating (0–5)", { inputMode: "decimal" })}
      <label className="block text-sm font-medium text-slate-700">
        Call language
        <select
          name="language"
          value={values.language}
          onChange={(e) => setValues({ ...values, language: e.target.value })}
          data-testid="provider-language"
          className={`mt-1 ${inputClass}`}
        >
          <option value="">From the country and city</option>
          {callLanguages.map((language) => (
            <option key={language} value={language}>
              {callLanguageNames[language]}
            </option>
          ))}
        </select>
        <FieldNote
          error={fieldError(state, "language")}
          hint="The language CallPilot speaks when it phones this business."
        />
      </label>
      <div className="sm:col-span-2">{input("opening_hours", "Opening hours", { required: true })}</div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className={buttonStyles.primary} data-testid="provider-save">
          {pending ? "Saving…" : editing ? "Save changes" : "Add provider"}
        </button>
        <ActionMessage state={state} testId="provider-form-message" />
      </div>
    </form>
  );
}
