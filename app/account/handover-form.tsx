// The account page's hand-over setting: "Let CallPilot put a business through to me when it insists" (off by
// default, only with a verified phone) and the hours it may ring, in the person's zone. A real form posting a
// server action, so it saves before JavaScript loads too.
"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/app/_components/use-form-action";
import { buttonClass, FormField } from "@/app/calendar/section-card";
import type { AfterBookingSettingsView } from "@/lib/account/after-booking-settings";
import { fieldError } from "@/lib/actions/action-state";
import { saveHandoverAction } from "./actions";
import { FormOutcome } from "./form-outcome";

export function HandoverForm({
  settings,
  zone,
}: {
  settings: AfterBookingSettingsView;
  /** The person's zone, for hours not chosen yet. */
  zone: string;
}) {
  const t = useTranslations("account");
  const { state, formAction, pending, typed } = useFormAction(saveHandoverAction);
  const saved = state.status === "ok" ? state.data.handover : settings.handover;
  const hours = saved.hours;
  const timeZone = hours?.time_zone ?? zone;
  const phone = settings.verified_phone;
  return (
    <form action={formAction} data-testid="handover-form" className="flex flex-col gap-3 text-sm">
      <label className="flex items-start gap-2 text-slate-800">
        <input
          type="checkbox"
          name="consent"
          value="true"
          defaultChecked={saved.consent}
          disabled={!phone}
          className="mt-0.5"
          data-testid="handover-consent"
        />
        <span>
          {t("handoverConsent")}
          {phone ? t("handoverRings", { phone }) : ""}.
          {!phone && <span className="block text-slate-500">{t("handoverVerifyFirst")}</span>}
        </span>
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        <FormField
          label={t("from")}
          name="start"
          type="time"
          defaultValue={typed.start ?? hours?.start ?? "09:00"}
          error={fieldError(state, "hours.start") ?? fieldError(state, "hours")}
        />
        <FormField
          label={t("until")}
          name="end"
          type="time"
          defaultValue={typed.end ?? hours?.end ?? "18:00"}
          error={fieldError(state, "hours.end")}
        />
      </div>
      <input type="hidden" name="time_zone" value={timeZone} />
      <p className="text-slate-500">{t("handoverZone", { zone: timeZone })}</p>
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass} data-testid="save-handover">
          {pending ? t("saving") : t("save")}
        </button>
        <FormOutcome state={state} testId="handover-saved" />
      </div>
    </form>
  );
}
