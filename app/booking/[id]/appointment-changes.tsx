// The booked appointment's "Cancel appointment" and "Move it" (issue 16), and what the latest call about it did:
// under way, cancelled by phone (with its transcript), moved, the business unreachable (with its number), or nothing
// in the new window (with the offer of a new search). Real forms, so they work before the page's script has loaded.
"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { fieldError, idleState, type ActionState } from "@/lib/actions/action-state";
import type { BookingView } from "@/lib/booking/booking-view";
import type { CancelAppointmentResult } from "@/lib/booking/cancel-appointment";
import type { MoveAppointmentResult } from "@/lib/booking/move-appointment";
import type { ReplacementSearchResult } from "@/lib/booking/replacement-search";
import { ServerSentence } from "@/app/_components/server-sentence";
import { cancelAppointmentByPhone, moveAppointmentByPhone, searchForReplacement } from "./actions";

const button =
  "rounded-lg px-3 py-1.5 text-sm font-medium ring-1 disabled:opacity-60 focus-visible:outline-2 focus-visible:outline-offset-2";

export function AppointmentChanges({ view }: { view: BookingView }) {
  const t = useTranslations("changes");
  const change = view.appointment_change;
  const underWay = change?.state === "under_way";
  if (!view.booked && !change) return null;
  return (
    <section
      aria-label={t("label")}
      data-testid="appointment-changes"
      className="flex flex-col gap-3 rounded-2xl bg-white p-4 ring-1 ring-slate-200 sm:p-5"
    >
      {change && <ChangeStatus view={view} />}
      {view.booked && !underWay && (
        <div className="flex flex-col gap-3 sm:flex-row sm:items-start">
          <MoveForm bookingId={view.booking_id} />
          <CancelForm bookingId={view.booking_id} />
        </div>
      )}
    </section>
  );
}

function ChangeStatus({ view }: { view: BookingView }) {
  const t = useTranslations("changes");
  const change = view.appointment_change!;
  const tone =
    change.state === "unreachable" || change.state === "refused" || change.state === "wants_person"
      ? "bg-amber-50 text-amber-900"
      : change.state === "under_way"
        ? "bg-sky-50 text-sky-900"
        : "bg-slate-50 text-slate-800";
  return (
    <div
      data-testid="appointment-change"
      data-state={change.state}
      className={`rounded-xl px-4 py-3 text-sm ${tone}`}
    >
      <p data-testid="appointment-change-message">
        <ServerSentence text={change.message} sentence={change.message_sentence} />
      </p>
      {change.business_phone && (
        <p className="mt-1">
          <a className="font-medium underline" href={`tel:${change.business_phone}`}>
            {t("callBusiness", { name: change.business_name, phone: change.business_phone })}
          </a>
        </p>
      )}
      {change.can_search_again && <SearchAgainForm bookingId={view.booking_id} />}
      {change.transcript.length > 0 && change.state !== "under_way" && (
        <details className="mt-2">
          <summary className="cursor-pointer text-xs font-medium">{t("transcript")}</summary>
          <ol data-testid="appointment-change-transcript" className="mt-1 space-y-1 text-xs">
            {change.transcript.map((line, index) => (
              <li key={index}>
                <span className="font-semibold">
                  {line.role === "agent"
                    ? "CallPilot"
                    : line.role === "business"
                      ? change.business_name
                      : t("line")}
                  :
                </span>{" "}
                {line.text}
              </li>
            ))}
          </ol>
        </details>
      )}
      {view.replaces_booking_id && (
        <p className="mt-1 text-xs">
          {t.rich("replaces", {
            link: (chunks) => (
              <Link className="underline" href={`/booking/${view.replaces_booking_id}`}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </div>
  );
}

function CancelForm({ bookingId }: { bookingId: string }) {
  const t = useTranslations("changes");
  const [state, formAction, pending] = useActionState<ActionState<CancelAppointmentResult>, FormData>(
    cancelAppointmentByPhone,
    idleState,
  );
  return (
    <form action={formAction} className="flex flex-col gap-1">
      <input type="hidden" name="booking_id" value={bookingId} />
      <button
        type="submit"
        data-testid="cancel-appointment"
        disabled={pending}
        className={`${button} text-rose-700 ring-rose-200 hover:bg-rose-50`}
      >
        {pending ? t("cancelling") : t("cancel")}
      </button>
      <ActionError state={state} testId="cancel-appointment-error" />
    </form>
  );
}

function MoveForm({ bookingId }: { bookingId: string }) {
  const t = useTranslations("changes");
  const [state, formAction, pending] = useActionState<
    ActionState<MoveAppointmentResult | ReplacementSearchResult>,
    FormData
  >(moveAppointmentByPhone, idleState);
  const error = fieldError(state, "timeframe") ?? (state.status === "error" ? state.error : undefined);
  return (
    <form action={formAction} className="flex flex-1 flex-col gap-1">
      <input type="hidden" name="booking_id" value={bookingId} />
      <label htmlFor="move-timeframe" className="text-xs font-medium text-slate-600">
        {t("moveTo")}
      </label>
      <div className="flex gap-2">
        <input
          id="move-timeframe"
          name="timeframe"
          required
          maxLength={200}
          placeholder={t("movePlaceholder")}
          data-testid="move-timeframe"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "move-timeframe-error" : undefined}
          className="min-w-0 flex-1 rounded-lg border border-slate-300 px-3 py-1.5 text-sm"
        />
        <button
          type="submit"
          data-testid="move-appointment"
          disabled={pending}
          className={`${button} text-slate-700 ring-slate-300 hover:bg-slate-50`}
        >
          {pending ? t("calling") : t("move")}
        </button>
      </div>
      {error && (
        <p id="move-timeframe-error" role="alert" className="text-xs text-rose-700">
          {error}
        </p>
      )}
    </form>
  );
}

function SearchAgainForm({ bookingId }: { bookingId: string }) {
  const t = useTranslations("changes");
  const [state, formAction, pending] = useActionState<
    ActionState<MoveAppointmentResult | ReplacementSearchResult>,
    FormData
  >(searchForReplacement, idleState);
  return (
    <form action={formAction} className="mt-2 flex flex-col gap-1">
      <input type="hidden" name="booking_id" value={bookingId} />
      <button
        type="submit"
        data-testid="search-again"
        disabled={pending}
        className={`${button} self-start bg-white text-slate-800 ring-slate-300 hover:bg-slate-50`}
      >
        {pending ? t("starting") : t("searchAgain")}
      </button>
      {state.status === "ok" && (
        <p className="text-xs">
          {state.message}{" "}
          <Link
            className="underline"
            href={"new_booking_id" in state.data ? `/booking/${state.data.new_booking_id}` : "#"}
          >
            {t("watchNew")}
          </Link>
        </p>
      )}
      <ActionError state={state} />
    </form>
  );
}

/** The sentence a refused action answered, beside its button. */
export function ActionError({ state, testId }: { state: ActionState<unknown>; testId?: string }) {
  if (state.status !== "error") return null;
  return (
    <p role="alert" data-testid={testId} className="text-xs text-rose-700">
      {state.error}
    </p>
  );
}
