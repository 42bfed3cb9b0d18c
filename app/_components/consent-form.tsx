// The consent to CallPilot calling businesses on the person's behalf: the exact text (its version), and one button
// that records it. Shown beside the chat before the first real call, and on the account page.
"use client";

import { useState } from "react";
import type { ConsentStatus } from "@/lib/guardrails/consent";
import { apiRequest, messageOf } from "./api-request";

export function ConsentForm({ consent, onGiven }: { consent: ConsentStatus; onGiven: () => void }) {
  const [agreed, setAgreed] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function give() {
    setSaving(true);
    setError(null);
    try {
      await apiRequest("/api/account/consent", { body: { version: consent.version } });
      onGiven();
    } catch (failure) {
      setError(messageOf(failure));
      setSaving(false);
    }
  }

  return (
    <div data-testid="consent-form" className="rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm">
      <p className="font-medium text-amber-900">Before CallPilot calls anyone for you</p>
      <p className="mt-1 text-amber-900/90" data-testid="consent-text">
        {consent.text}
      </p>
      <label className="mt-2 flex items-start gap-2 text-amber-950">
        <input
          type="checkbox"
          checked={agreed}
          onChange={(e) => setAgreed(e.target.checked)}
          data-testid="consent-checkbox"
          className="mt-0.5"
        />
        <span>I agree (version {consent.version}).</span>
      </label>
      {error && (
        <p role="alert" className="mt-2 rounded-lg bg-rose-50 px-3 py-2 text-rose-700">
          {error}
        </p>
      )}
      <button
        type="button"
        disabled={!agreed || saving}
        onClick={() => void give()}
        data-testid="consent-agree"
        className="mt-2 rounded-lg bg-amber-600 px-3 py-1.5 font-semibold text-white hover:bg-amber-500 disabled:opacity-50"
      >
        {saving ? "Saving…" : "Give my consent"}
      </button>
    </div>
  );
}
