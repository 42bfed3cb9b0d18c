// Add or edit a provider. The server validates (E.164 phone, country, time zone, coordinates or a known city,
// opening hours) and answers with every wrong field, shown beside it.
"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { serviceTypeOptions } from "@/app/_components/service-labels";
import { adminRequest } from "../_components/admin-api";
import { buttonStyles, inputClass } from "../_components/page-header";

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
  | "opening_hours",
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
  const router = useRouter();
  const [, startTransition] = useTransition();
  const [values, setValues] = useState(props.initial);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState<{ kind: "ok" | "error"; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const editing = props.providerId !== undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    setMessage(null);
    setFieldErrors({});
    const result = await adminRequest<{ id: string }>(
      editing ? `/api/admin/providers/${props.providerId}` : "/api/admin/providers",
      { method: editing ? "PATCH" : "POST", body: values },
    );
    setSaving(false);
    if (!result.ok) {
      const fields = Array.isArray(result.body.fields)
        ? (result.body.fields as Array<{ column: Field; message: string }>)
        : [];
      setFieldErrors(Object.fromEntries(fields.map((f) => [f.column, f.message])));
      setMessage({ kind: "error", text: result.error });
      return;
    }
    if (editing) {
      setMessage({ kind: "ok", text: "Saved." });
      startTransition(() => router.refresh());
    } else {
      router.push(`/admin/providers/${result.data.id}?created=1`);
    }
  }

  const input = (field: Field, label: string, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => (
    <label className="block text-sm font-medium text-slate-700">
      {label}
      <input
        name={field}
        value={values[field]}
        onChange={(e) => setValues({ ...values, [field]: e.target.value })}
        aria-invalid={fieldErrors[field] ? true : undefined}
        data-testid={`provider-${field}`}
        className={`mt-1 ${inputClass} ${fieldErrors[field] ? "border-rose-300 ring-4 ring-rose-50" : ""}`}
        {...extra}
      />
      {fieldErrors[field] ? (
        <span className="mt-1 block text-xs font-normal text-rose-600">{fieldErrors[field]}</span>
      ) : (
        hints[field] && <span className="mt-1 block text-xs font-normal text-slate-400">{hints[field]}</span>
      )}
    </label>
  );

  return (
    <form onSubmit={submit} className="grid gap-4 sm:grid-cols-2" data-testid="provider-form">
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
      </label>
      {input("phone", "Phone", { inputMode: "tel" })}
      <div className="sm:col-span-2">{input("address", "Address", { required: true, maxLength: 300 })}</div>
      {input("city", "City", { required: true, maxLength: 100 })}
      {input("country", "Country", { required: true, maxLength: 2 })}
      {input("latitude", "Latitude", { inputMode: "decimal" })}
      {input("longitude", "Longitude", { inputMode: "decimal" })}
      {input("time_zone", "Time zone")}
      {input("rating", "Rating (0–5)", { inputMode: "decimal" })}
      <div className="sm:col-span-2">{input("opening_hours", "Opening hours", { required: true })}</div>
      <div className="flex flex-wrap items-center gap-3 sm:col-span-2">
        <button type="submit" disabled={saving} className={buttonStyles.primary} data-testid="provider-save">
          {saving ? "Saving…" : editing ? "Save changes" : "Add provider"}
        </button>
        {message && (
          <p
            role={message.kind === "error" ? "alert" : "status"}
            data-testid="provider-form-message"
            className={`rounded-lg px-3 py-1.5 text-sm ${message.kind === "error" ? "bg-rose-50 text-rose-700" : "bg-emerald-50 text-emerald-700"}`}
          >
            {message.text}
          </p>
        )}
      </div>
    </form>
  );
}
