// The confirmation the assistant asks for when the person said "cancel it" or "move it to Thursday" about the task's
// booked appointment (issue 16): the same server actions as the booking page's buttons, then a link to watch the call.
"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { idleState, type ActionState } from "@/lib/actions/action-state";
import type { CancelAppointmentResult } from "@/lib/booking/cancel-appointment";
import type { MoveAppointmentResult } from "@/lib/booking/move-appointment";
import type { ReplacementSearchResult } from "@/lib/booking/replacement-search";
import type { ProposedChange } from "@/lib/intake/appointment-change-intent";
import { cancelAppointmentByPhone, moveAppointmentByPhone } from "@/app/booking/[id]/actions";
import { ActionError } from "@/app/booking/[id]/appointment-changes";

type CancelState = ActionState<CancelAppointmentResult>;
type MoveState = ActionState<MoveAppointmentResult | ReplacementSearchResult>;

export function AppointmentChangeConfirm({ proposal }: { proposal: ProposedChange }) {
  if (proposal.action === "cancel") return <ConfirmCancel proposal={proposal} />;
  // A move without a readable window: the assistant asked when; the answer comes as the next message.
  return proposal.timeframe ? <ConfirmMove proposal={proposal} /> : null;
}

function ConfirmCancel({ proposal }: { proposal: ProposedChange }) {
  const [state, formAction, pending] = useActionState<CancelState, FormData>(
    cancelAppointmentByPhone,
    idleState,
  );
  const t = useTranslations("changeConfirm");
  return <ConfirmForm {...{ proposal, state, formAction, pending }} label={t("cancel")} />;
}

function ConfirmMove({ proposal }: { proposal: ProposedChange }) {
  const [state, formAction, pending] = useActionState<MoveState, FormData>(moveAppointmentByPhone, idleState);
  const t = useTranslations("changeConfirm");
  return <ConfirmForm {...{ proposal, state, formAction, pending }} label={t("move")} />;
}

function ConfirmForm(props: {
  proposal: ProposedChange;
  state: CancelState | MoveState;
  formAction: (data: FormData) => void;
  pending: boolean;
  label: string;
}) {
  const { proposal, state, pending } = props;
  const t = useTranslations("changeConfirm");
  return (
    <form
      action={props.formAction}
      data-testid="chat-change-confirm"
      className="flex flex-wrap items-center gap-2 pl-2"
    >
      <input type="hidden" name="booking_id" value={proposal.booking_id} />
      {proposal.timeframe && <input type="hidden" name="timeframe" value={proposal.timeframe} />}
      {state.status === "ok" ? (
        <p className="text-sm text-slate-700">
          {state.message}{" "}
          <Link className="underline" href={`/booking/${proposal.booking_id}`}>
            {t("watch")}
          </Link>
        </p>
      ) : (
        <button
          type="submit"
          disabled={pending}
          data-testid="chat-change-confirm-button"
          className="rounded-lg px-3 py-1.5 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-60"
        >
          {pending ? t("calling") : props.label}
        </button>
      )}
      <ActionError state={state} />
    </form>
  );
}
