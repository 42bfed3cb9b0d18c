// "Retry now" on a failed or unanswered call: a form posting to the retry action, which queues a new attempt and
// re-renders the page, so the new attempt shows up (queued, then dialed).
"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idleState } from "@/lib/actions/action-state";
import { retryCallAction } from "./actions";
import { buttonStyles } from "../../_components/page-header";

export function RetryButton({ callId }: { callId: string }) {
  const t = useTranslations("adminBookings.callCard");
  const [state, action, pending] = useActionState(retryCallAction, idleState);
  return (
    <form action={action} className="flex flex-col items-end gap-1">
      <input type="hidden" name="call_id" value={callId} />
      <button type="submit" disabled={pending} data-testid="retry-call" className={buttonStyles.primary}>
        {pending ? t("retrying") : t("retry")}
      </button>
      {state.status === "error" && (
        <span role="alert" className="max-w-[16rem] text-right text-xs text-rose-600">
          {state.error}
        </span>
      )}
    </form>
  );
}
