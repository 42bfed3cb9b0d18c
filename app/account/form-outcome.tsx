// The sentence beside a settings form's button: what was saved, or the refusal that belongs to no single field.
"use client";

import type { ActionState } from "@/lib/actions/action-state";

export function FormOutcome({ state, testId }: { state: ActionState<unknown>; testId: string }) {
  if (state.status === "ok" && state.message)
    return (
      <span role="status" className="text-emerald-700" data-testid={testId}>
        {state.message}
      </span>
    );
  if (state.status === "error" && Object.keys(state.fieldErrors).length === 0)
    return (
      <span role="alert" className="text-rose-700" data-testid={`${testId}-error`}>
        {state.error}
      </span>
    );
  return null;
}
