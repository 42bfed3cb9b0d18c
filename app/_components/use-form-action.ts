// A form's server action with its answer and pending state (useActionState), which submits before JavaScript loads
// (the browser posts the form to the server action) and, once hydrated, first runs `atOnce` with the form's values —
// an optimistic update — in the same transition as the action. What the person typed is handed back after a
// refusal, since React resets a form once its action is done.
"use client";

import { useActionState, useState, useSyncExternalStore } from "react";
import { idleState, type ActionState } from "@/lib/actions/action-state";

type FormServerAction<T> = (previous: ActionState<T>, form: FormData) => Promise<ActionState<T>>;

export interface FormAction<T> {
  state: ActionState<T>;
  formAction: (form: FormData) => void;
  pending: boolean;
  /** The text fields as last submitted while the answer is a refusal (for defaultValue), else empty. */
  typed: Record<string, string>;
}

const neverChanges = () => () => undefined;

export function useFormAction<T>(
  action: FormServerAction<T>,
  atOnce?: (form: FormData) => void,
): FormAction<T> {
  const [state, dispatch, pending] = useActionState(action, idleState as ActionState<T>);
  const [submitted, setSubmitted] = useState<Record<string, string>>({});
  // False while the server's HTML is hydrated (the form keeps the server action, so it matches), true after.
  const hydrated = useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
  const typed = state.status === "error" ? submitted : {};
  if (!hydrated) return { state, formAction: dispatch, pending, typed };
  return {
    state,
    formAction: (form: FormData) => {
      setSubmitted(textFields(form));
      atOnce?.(form);
      dispatch(form);
    },
    pending,
    typed,
  };
}

function textFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string") fields[name] = value;
  return fields;
}
