// The account page's "Answers agents may give": details a receptionist often asks for, pre-filled so the agent can
// answer at once instead of putting the question to the person during the call.
"use client";

import { useEffect, useState, type FormEvent } from "react";
import { apiRequest, messageOf } from "@/app/_components/api-request";
import type { ClientProfileView } from "@/lib/calls/questions/client-profile";

const fields: Array<{ key: keyof ClientProfileView; label: string; placeholder: string }> = [
  { key: "insurance_provider", label: "Insurance provider", placeholder: "e.g. Delta Dental PPO" },
  { key: "date_of_birth", label: "Date of birth", placeholder: "e.g. 4 May 1990" },
  { key: "pet_name", label: "Pet's name", placeholder: "e.g. Biscuit" },
  { key: "callback_number", label: "Callback number", placeholder: "e.g. +1 617 555 0123" },
];

export function ClientDetailsForm() {
  const [profile, setProfile] = useState<ClientProfileView | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    apiRequest<ClientProfileView>("/api/account/profile")
      .then(setProfile)
      .catch((failure: unknown) => setError(messageOf(failure)));
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setStatus(null);
    try {
      setProfile(
        await apiRequest<ClientProfileView>("/api/account/profile", { method: "PUT", body: profile }),
      );
      setStatus("Saved. Agents will give these when asked.");
    } catch (failure) {
      setError(messageOf(failure));
    }
  }

  if (!profile)
    return error ? (
      <p role="alert" className="text-sm text-rose-700">
        {error}
      </p>
    ) : null;
  const current = profile;
  return (
    <form onSubmit={save} data-testid="client-details-form" className="flex flex-col gap-3 text-sm">
      <div className="grid gap-3 sm:grid-cols-2">
        {fields.map((field) => (
          <label key={field.key} className="flex flex-col gap-1">
            <span className="font-medium text-slate-700">{field.label}</span>
            <input
              name={field.key}
              value={current[field.key] ?? ""}
              placeholder={field.placeholder}
              maxLength={120}
              onChange={(event) => setProfile({ ...current, [field.key]: event.target.value })}
              className="rounded-xl border border-slate-300 px-3 py-2 focus:border-indigo-500 focus:outline-none"
            />
          </label>
        ))}
      </div>
      <div className="flex items-center gap-3">
        <button
          type="submit"
          className="rounded-xl bg-indigo-600 px-4 py-2 font-medium text-white hover:bg-indigo-500"
        >
          Save answers
        </button>
        {status && <span className="text-emerald-700">{status}</span>}
        {error && (
          <span role="alert" className="text-rose-700">
            {error}
          </span>
        )}
      </div>
    </form>
  );
}
