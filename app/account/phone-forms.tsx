// The account page's phone: add a number (a 6-digit code is texted to it, or written to the server log without
// Twilio), type the code back to verify it, or remove the verified one. Real forms posting server actions.
"use client";

import { useTranslations } from "next-intl";
import { useFormAction } from "@/app/_components/use-form-action";
import { buttonClass, FormField, quietButtonClass } from "@/app/calendar/section-card";
import { fieldError } from "@/lib/actions/action-state";
import { removePhoneAction, sendPhoneCodeAction, verifyPhoneCodeAction } from "./actions";
import { FormOutcome } from "./form-outcome";

export function PhoneForms({ verifiedPhone, isGuest }: { verifiedPhone: string | null; isGuest: boolean }) {
  const t = useTranslations("account");
  const send = useFormAction(sendPhoneCodeAction);
  const verify = useFormAction(verifyPhoneCodeAction);
  const remove = useFormAction(removePhoneAction);
  if (isGuest) return <p className="text-sm text-slate-600">{t("phoneNeedsAccount")}</p>;
  return (
    <div className="flex flex-col gap-4 text-sm">
      {verifiedPhone && (
        <form action={remove.formAction} className="flex items-center gap-3" data-testid="verified-phone">
          <span className="text-slate-800">
            {verifiedPhone}{" "}
            <span className="ml-1 rounded-full bg-emerald-50 px-2 py-0.5 text-xs font-medium text-emerald-700">
              {t("verified")}
            </span>
          </span>
          <button
            type="submit"
            disabled={remove.pending}
            className={quietButtonClass}
            data-testid="remove-phone"
          >
            {t("remove")}
          </button>
          <FormOutcome state={remove.state} testId="phone-removed" />
        </form>
      )}
      <form action={send.formAction} className="flex flex-col gap-2" data-testid="phone-form">
        <FormField
          label={verifiedPhone ? t("anotherNumber") : t("yourNumber")}
          name="phone"
          type="tel"
          autoComplete="tel"
          placeholder="+1 617 555 0123"
          defaultValue={send.typed.phone ?? ""}
          maxLength={40}
          required
          error={fieldError(send.state, "phone")}
        />
        <div className="flex items-center gap-3">
          <button type="submit" disabled={send.pending} className={buttonClass} data-testid="send-phone-code">
            {send.pending ? t("sending") : t("textCode")}
          </button>
          <FormOutcome state={send.state} testId="phone-code-sent" />
        </div>
      </form>
      <form action={verify.formAction} className="flex flex-col gap-2" data-testid="phone-code-form">
        <FormField
          label={t("code")}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]{6}"
          maxLength={6}
          required
          error={fieldError(verify.state, "code")}
        />
        <div className="flex items-center gap-3">
          <button
            type="submit"
            disabled={verify.pending}
            className={buttonClass}
            data-testid="verify-phone-code"
          >
            {verify.pending ? t("checking") : t("verify")}
          </button>
          <FormOutcome state={verify.state} testId="phone-verified" />
        </div>
      </form>
    </div>
  );
}
