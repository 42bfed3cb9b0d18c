// The consent to CallPilot calling businesses on the person's behalf: the exact text (its version), and one button
// that records it (a server action, app/account/actions.ts). Shown beside the chat before the first real call, and on
// the account page, which renders again with the consent given; the chat is told through onGiven.
"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import type { ConsentStatus } from "@/lib/guardrails/consent";
import { giveConsentAction } from "@/app/account/actions";
import { useFormAction } from "./use-form-action";

export function ConsentForm({ consent, onGiven }: { consent: ConsentStatus; onGiven?: () => void }) {
  const t = useTranslations("consent");
  const { state, formAction, pending } = useFormAction(giveConsentAction);
  const given = state.status === "ok";

  // Told once, however often the parent hands a new callback while it reloads.
  const told = useRef(false);
  useEffect(() => {
    if (!given || told.current) return;
    told.current = true;
    onGiven?.();
  }, [given, onGiven]);

  return (
    <form
      action={formAction}
      data-testid="consent-form"
      className="rounded-xl border border-amber-200 bg-amber-50 p-3 text-sm"
    >
      <input type="hidden" name="version" value={consent.version} />
      <p className="font-medium text-amber-900">{t("title")}</p>
      <p className="mt-1 text-amber-900/90" data-testid="consent-text">
        {t("text")}
      </p>
      <label className="mt-2 flex items-start gap-2 text-amber-950">
        {/* No name: the agreement is the submission itself; the required box makes sure the text was read. */}
        <input type="checkbox" required data-testid="consent-checkbox" className="mt-0.5" />
        <span>{t("agree", { version: consent.version })}</span>
      </label>
      {state.status === "error" && (
        <p role="alert" className="mt-2 rounded-lg bg-rose-50 px-3 py-2 text-rose-700">
          {state.error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending || given}
        data-testid="consent-agree"
        className="mt-2 rounded-lg bg-amber-600 px-3 py-1.5 font-semibold text-white hover:bg-amber-500 disabled:opacity-50"
      >
        {pending || given ? t("saving") : t("give")}
      </button>
    </form>
  );
}
