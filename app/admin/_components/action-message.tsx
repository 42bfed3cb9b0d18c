// The sentence a server action answered, under its form: green for done, red (an alert) for a refusal.
import type { ActionState } from "@/lib/actions/action-state";

export function ActionMessage(props: { state: ActionState<unknown>; testId?: string; className?: string }) {
  const { state } = props;
  if (state.status === "idle" || (state.status === "ok" && !state.message)) return null;
  const failed = state.status === "error";
  return (
    <p
      role={failed ? "alert" : "status"}
      data-testid={props.testId}
      className={`rounded-lg px-3 py-2 text-sm ${failed ? "bg-rose-50 text-rose-700" : "bg-emerald-50 text-emerald-700"} ${props.className ?? ""}`}
    >
      {failed ? state.error : state.message}
    </p>
  );
}

/** A field's error beside it, or its hint when there is none. */
export function FieldNote(props: { error?: string; hint?: string }) {
  if (props.error) return <span className="mt-1 block text-xs font-normal text-rose-600">{props.error}</span>;
  if (props.hint) return <span className="mt-1 block text-xs font-normal text-slate-400">{props.hint}</span>;
  return null;
}
