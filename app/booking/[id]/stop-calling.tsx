// "Stop calling": cancels the request while CallPilot is still looking (nothing waiting is dialed any more). A real
// form, so it also works before the page's script has loaded.
"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import type { BookingView } from "@/lib/booking/booking-view";
import { cancelBookingRequest } from "./actions";

type CancelState = ActionState<{ status: "canceled"; canceled_call_ids: string[] }>;

const stoppable: readonly BookingView["status"][] = ["processing", "awaiting_choice"];

export function StopCalling({ view }: { view: BookingView }) {
  const [state, formAction, pending] = useActionState<CancelState, FormData>(cancelBookingRequest, idleState);
  const t = useTranslations("booking");
  if (!stoppable.includes(view.status)) return null;
  return (
    <form action={formAction} className="flex flex-col items-start gap-1 sm:items-end">
      <input type="hidden" name="booking_id" value={view.booking_id} />
      <button
        type="submit"
        data-testid="stop-calling"
        disabled={pending}
        className="rounded-lg px-3 py-1.5 text-xs font-medium text-slate-600 ring-1 ring-slate-200 hover:bg-slate-50 disabled:opacity-60"
      >
        {pending ? t("stopping") : t("stop")}
      </button>
      {state.status === "error" && (
        <p role="alert" data-testid="stop-calling-error" className="text-xs text-rose-700">
          {state.error}
        </p>
      )}
    </form>
  );
}
