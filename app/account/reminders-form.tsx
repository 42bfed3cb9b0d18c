// The account page's reminder switch: one button that turns the day-before reminder emails off (or back on). A real
// form posting a server action, so it works before JavaScript loads too.
"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/app/_components/use-form-action";
import { buttonClass } from "@/app/calendar/section-card";
import { setAppointmentRemindersAction } from "./actions";
import { FormOutcome } from "./form-outcome";

export function RemindersForm({ on, emailVerified }: { on: boolean; emailVerified: boolean }) {
  const t = useTranslations("account");
  const { state, formAction, pending } = useFormAction(setAppointmentRemindersAction);
  const current = state.status === "ok" ? state.data.appointment_reminders : on;
  return (
    <form action={formAction} data-testid="reminders-form" className="flex flex-col gap-3 text-sm">
      <p className="text-slate-700" data-testid="reminders-state" data-on={current}>
        {current ? t("remindersOn") : t("remindersOff")}
        {!emailVerified && current && t("remindersUnverified")}
      </p>
      <input type="hidden" name="appointment_reminders" value={current ? "false" : "true"} />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={pending} className={buttonClass} data-testid="toggle-reminders">
          {pending ? t("saving") : current ? t("remindersTurnOff") : t("remindersTurnOn")}
        </button>
        <FormOutcome state={state} testId="reminders-saved" />
      </div>
    </form>
  );
}
