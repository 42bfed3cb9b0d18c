// What stands between this person and real calls, shown right beside the Call button: a sign-up offer for a guest
// (after they tried), the verification link to follow, or the consent to give; and today's allowance.
"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { ConsentForm } from "@/app/_components/consent-form";
import { VerifyEmailNote } from "@/app/_components/resend-verification";
import type { AccountView } from "@/lib/guardrails/account";

export function RealCallSteps(props: {
  account: AccountView;
  taskId: string;
  /** The person pressed Call and was refused: a guest then gets the sign-up offer. */
  refused: boolean;
  onChange: () => void;
}) {
  const { account } = props;
  const t = useTranslations("realCalls");
  const here = `/chat/${props.taskId}`;
  return (
    <div className="mt-3 flex flex-col gap-2">
      {account.next_step === "sign_up" && props.refused && (
        <div
          data-testid="sign-up-offer"
          className="rounded-xl border border-indigo-200 bg-indigo-50 p-3 text-sm"
        >
          <p className="text-indigo-900">{t("needsAccount")}</p>
          <div className="mt-2 flex gap-2">
            <Link
              href={`/sign-up?next=${encodeURIComponent(here)}`}
              data-testid="gate-sign-up"
              className="rounded-lg bg-indigo-600 px-3 py-1.5 font-semibold text-white hover:bg-indigo-500"
            >
              {t("signUp")}
            </Link>
            <Link
              href={`/sign-in?next=${encodeURIComponent(here)}`}
              className="rounded-lg px-3 py-1.5 font-medium text-indigo-700 hover:bg-indigo-100"
            >
              {t("haveAccount")}
            </Link>
          </div>
        </div>
      )}
      {account.next_step === "verify_email" && account.email && (
        <VerifyEmailNote email={account.email} callbackPath={here} />
      )}
      {account.next_step === "consent" && <ConsentForm consent={account.consent} onGiven={props.onChange} />}
      <p className="text-xs text-slate-500" data-testid="allowance-left">
        {t("allowance", {
          callsLeft: account.allowance.calls.left,
          callsLimit: account.allowance.calls.limit,
          bookingsLeft: account.allowance.bookings.left,
          bookingsLimit: account.allowance.bookings.limit,
        })}
      </p>
    </div>
  );
}
