// Add or edit a provider through its server action. The server validates (E.164 phone, country, time zone,
// coordinates or a known city, opening hours) and answers with every wrong field, shown beside it; adding one opens
// its page.
"use client";

import { useLocale, useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { fieldError, idleState, type ActionState } from "@/lib/actions/action-state";
import { languageName } from "@/app/_components/language-name";
import { serviceTypeOptions } from "@/app/_components/service-labels";
import { callLanguages } from "@/lib/providers/provider-language";
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

/** A language named in the page's language, as a list item: capitalised, though Spanish and French write "español". */
function languageOption(language: string, locale: string): string {
  const name = languageName(language, locale);
  return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
}

export function ProviderForm(props: { providerId?: string; initial: ProviderFormValues }) {
  const t = useTranslations("adminProviders.form");
  const services = useTranslations("services");
  const locale = useLocale();
  const hints: Partial<Record<Field, string>> = {
    phone: t("phoneHint"),
    country: t("countryHint"),
    time_zone: t("timeZoneHint"),
    latitude: t("latitudeHint"),
    opening_hours: t("openingHoursHint"),
  };
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
      <div className="sm:col-span-2">{input("name", t("name"), { required: true, maxLength: 200 })}</div>
      <label className="block text-sm font-medium text-slate-700">
        {t("service")}
        <select
          name="service_type"
          value={values.service_type}
          onChange={(e) => setValues({ ...values, service_type: e.target.value })}
          className={`mt-1 ${inputClass}`}
        >
          {serviceTypeOptions.map(([value]) => (
            <option key={value} value={value}>
              {services(value)}
            </option>
          ))}
        </select>
        <FieldNote error={fieldError(state, "service_type")} />
      </label>
      {input("phone", t("phone"), { inputMode: "tel" })}
      <div className="sm:col-span-2">
        {input("address", t("address"), { required: true, maxLength: 300 })}
      </div>
      {input("city", t("city"), { required: true, maxLength: 100 })}
      {input("country", t("country"), { required: true, maxLength: 2 })}
      {input("latitude", t("latitude"), { inputMode: "decimal" })}
      {input("longitude", t("longitude"), { inputMode: "decimal" })}
      {input("time_zone", t("timeZone"))}
      {input("rating", t("rating"), { inputMode: "decimal" })}
      <label className="block text-sm font-medium text-slate-700">
        {t("language")}
        <select
          name="language"
          value={values.language}
          onChange={(e) => setValues({ ...values, language: e.target.value })}
          data-testid="provider-language"
          className={`mt-1 ${inputClass}`}
        >
          <option value="">{t("languageFromPlace")}</option>
          {callLanguages.map((language) => (
            <option key={language} value={language}>
              {languageOption(language, locale)}
            </option>
          ))}
        </select>
        <FieldNote error={fieldError(state, "language")} hint={t("languageHint")} />
      </label>
      <div className="sm:col-span-2">{input("opening_hours", t("openingHours"), { required: true })}</div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={pending} className={buttonStyles.primary} data-testid="provider-save">
          {pending ? t("saving") : editing ? t("save") : t("add")}
        </button>
        <ActionMessage state={state} testId="provider-form-message" />
      </div>
    </form>
  );
}
