// Adding a number to the do-not-call list, removing one, and reviewing an opt-out heard on a call (confirm lists
// it for everyone, dismiss lets everyone's calls dial it again), all through server actions (all audited). Each is
// a real form, so it also posts without JavaScript (then without the "are you sure?" question).
"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState, type FormEvent } from "react";
import { fieldError, idleState } from "@/lib/actions/action-state";
import { ActionMessage, FieldNote } from "../_components/action-message";
import { buttonStyles, inputClass } from "../_components/page-header";
import { addDoNotCallAction, confirmOptOutAction, removeDoNotCallAction } from "./actions";

export function AddNumberForm() {
  const t = useTranslations("adminPeople.doNotCall.form");
  const [state, action, pending] = useActionState(addDoNotCallAction, idleState);
  // Controlled, so a refused number stays in its field; cleared once it is listed.
  const [values, setValues] = useState({ phone: "", country: "US", reason: "" });
  const [answered, setAnswered] = useState(state);
  if (state !== answered) {
    setAnswered(state);
    if (state.status === "ok") setValues((v) => ({ ...v, phone: "", reason: "" }));
  }
  const field = (name: keyof typeof values) => ({
    name,
    value: values[name],
    onChange: (e: { target: { value: string } }) => setValues({ ...values, [name]: e.target.value }),
    "aria-invalid": fieldError(state, name) ? true : undefined,
    className: `mt-1 ${inputClass}`,
  });

  return (
    <form action={action} className="flex flex-col gap-3" data-testid="add-do-not-call">
      <label className="block text-sm font-medium text-slate-700">
        {t("phone")}
        <input
          {...field("phone")}
          required
          inputMode="tel"
          placeholder="+1 617 555 0123"
          data-testid="do-not-call-phone"
        />
        <FieldNote error={fieldError(state, "phone")} />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        {t("country")}
        <input {...field("country")} maxLength={2} data-testid="do-not-call-country" />
        <FieldNote error={fieldError(state, "country")} />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        {t("reason")} <span className="font-normal text-slate-400">{t("optional")}</span>
        <input
          {...field("reason")}
          maxLength={500}
          placeholder={t("reasonPlaceholder")}
          data-testid="do-not-call-reason"
        />
        <FieldNote error={fieldError(state, "reason")} />
      </label>
      <button type="submit" disabled={pending} className={buttonStyles.primary} data-testid="do-not-call-add">
        {pending ? t("adding") : t("add")}
      </button>
      <ActionMessage state={state} testId="do-not-call-message" />
    </form>
  );
}

/** A one-button form about one number, asking first (with JavaScript) since the change affects every call. */
function PhoneButton(props: {
  phone: string;
  action: typeof removeDoNotCallAction;
  question: string;
  label: string;
  busyLabel: string;
  testId: string;
}) {
  const [state, action, pending] = useActionState(props.action, idleState);
  function ask(event: FormEvent) {
    if (!window.confirm(props.question)) event.preventDefault();
  }
  return (
    <form action={action} onSubmit={ask} className="inline">
      <input type="hidden" name="phone" value={props.phone} />
      <button type="submit" disabled={pending} className={buttonStyles.small} data-testid={props.testId}>
        {pending ? props.busyLabel : props.label}
      </button>
      {state.status === "error" && (
        <span role="alert" className="mt-1 block text-xs text-rose-600">
          {state.error}
        </span>
      )}
    </form>
  );
}

export function RemoveNumberButton({ phone }: { phone: string }) {
  const t = useTranslations("adminPeople.doNotCall.form");
  return (
    <PhoneButton
      phone={phone}
      action={removeDoNotCallAction}
      question={t("removeQuestion", { phone })}
      label={t("remove")}
      busyLabel={t("removing")}
      testId="do-not-call-remove"
    />
  );
}

export function ReviewOptOutButtons({ phone }: { phone: string }) {
  const t = useTranslations("adminPeople.doNotCall.form");
  return (
    <span className="inline-flex gap-2">
      <PhoneButton
        phone={phone}
        action={confirmOptOutAction}
        question={t("confirmQuestion", { phone })}
        label={t("confirm")}
        busyLabel={t("confirming")}
        testId="opt-out-confirm"
      />
      <PhoneButton
        phone={phone}
        action={removeDoNotCallAction}
        question={t("dismissQuestion", { phone })}
        label={t("dismiss")}
        busyLabel={t("dismissing")}
        testId="opt-out-dismiss"
      />
    </span>
  );
}
