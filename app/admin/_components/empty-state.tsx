// What an admin list shows when nothing matches: one sentence in a dashed box.
import type { ReactNode } from "react";

export function EmptyState(props: { children: ReactNode; testId?: string; bare?: boolean }) {
  return (
    <div
      className={`p-10 text-center text-sm text-slate-500 ${props.bare ? "" : "rounded-2xl border border-dashed border-slate-300 bg-white"}`}
      data-testid={props.testId}
    >
      {props.children}
    </div>
  );
}
