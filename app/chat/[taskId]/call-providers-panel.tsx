// "Call providers": how many businesses to phone and whether to book the first fit or let the person choose;
// starts the booking and opens its live page. Shows the existing booking instead once there is one. With real
// calls configured, the steps a person still needs (sign up, verify, consent) appear right here.
"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useActionState, useState } from "react";
import { fieldError, idleState, type ActionState } from "@/lib/actions/action-state";
import type { AccountView } from "@/lib/guardrails/account";
import type { TaskStatus } from "@/lib/intake/booking-request";
import { callProviders } from "./actions";
import { BookingModeChoice, type BookingMode } from "./booking-mode-choice";
import { RealCallSteps } from "./real-call-steps";
import { SwarmSizeInput } from "./swarm-size-input";

export function CallProvidersPanel(props: {
  taskId: string;
  status: TaskStatus;
  bookingId: string | null;
  /** As the server rendered it with the page; the action re-renders it after every attempt. */
  account: AccountView;
}) {
  const router = useRouter();
  const t = useTranslations("callPanel");
  const [swarmSize, setSwarmSize] = useState(5);
  const [mode, setMode] = useState<BookingMode>("auto");
  // Success opens the live booking page (the action redirects); a refusal comes back here with its sentence.
  const [state, formAction, starting] = useActionState<ActionState<never>, FormData>(
    callProviders,
    idleState,
  );
  const { account } = props;
  const refused = state.status === "error" && state.code === "forbidden";
  const error = state.status === "error" ? state.error : null;

  if (props.bookingId) {
    return (
      <section
        className="rounded-2xl border border-indigo-200 bg-indigo-50 p-4"
        data-testid="existing-booking"
      >
        <h2 className="text-sm font-semibold text-indigo-900">{t("underWay")}</h2>
        <p className="mt-1 text-sm text-indigo-800">{t("hasBooking")}</p>
        <Link
          href={`/booking/${props.bookingId}`}
          data-testid="existing-booking-link"
          className="mt-3 inline-flex rounded-lg bg-indigo-600 px-3.5 py-2 text-sm font-semibold text-white hover:bg-indigo-500"
        >
          {t("openLive")}
        </Link>
      </section>
    );
  }

  if (props.status !== "ready_to_call") {
    return (
      <section className="rounded-2xl border border-dashed border-slate-300 bg-white/60 p-4 text-sm text-slate-500">
        <h2 className="font-semibold text-slate-700">{t("heading")}</h2>
        <p className="mt-1">{t("notReady")}</p>
      </section>
    );
  }

  // A signed-up person finishes verification or consent first; a guest may try, and is offered sign-up.
  const waitingForStep = account.next_step === "verify_email" || account.next_step === "consent";

  return (
    <section
      data-testid="call-providers-panel"
      className="rounded-2xl border border-emerald-200 bg-white p-4 shadow-sm ring-4 ring-emerald-50"
    >
      <form action={formAction}>
        <h2 className="text-sm font-semibold text-slate-900">{t("heading")}</h2>
        <p className="mt-0.5 text-xs text-slate-500">{t("parallel")}</p>
        <input type="hidden" name="task_id" value={props.taskId} />
        <SwarmSizeInput value={swarmSize} onChange={setSwarmSize} error={fieldError(state, "swarm_size")} />
        <BookingModeChoice value={mode} onChange={setMode} />
        {error && (
          <p
            role="alert"
            data-testid="call-providers-error"
            className="mt-3 rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-700"
          >
            {error}
          </p>
        )}
        <button
          type="submit"
          data-testid="call-providers"
          disabled={starting || waitingForStep}
          className="mt-4 inline-flex w-full items-center justify-center gap-2 rounded-xl bg-emerald-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm transition hover:bg-emerald-500 disabled:opacity-60"
        >
          {starting ? t("starting") : t("call", { count: swarmSize })}
        </button>
      </form>
      {/* Outside the form: the steps hold forms of their own (consent). Once consent is given the page renders the
          account afresh, and the Call button becomes available. */}
      <RealCallSteps
        account={account}
        taskId={props.taskId}
        refused={refused}
        onChange={() => router.refresh()}
      />
    </section>
  );
}
