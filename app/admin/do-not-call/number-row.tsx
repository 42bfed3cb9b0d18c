// One row of the do-not-call tables (listed numbers, opt-outs waiting for review): the number, what is known about
// it, and its buttons.
import type { ReactNode } from "react";
import { cellClass } from "../_components/admin-table";

export function NumberRow(props: { phone: string; testId: string; actions: ReactNode; children: ReactNode }) {
  return (
    <tr className="align-top" data-testid={props.testId} data-phone={props.phone}>
      <td className={`${cellClass} font-mono font-medium whitespace-nowrap text-slate-900`}>{props.phone}</td>
      <td className={cellClass}>{props.children}</td>
      <td className={`${cellClass} text-right`}>{props.actions}</td>
    </tr>
  );
}
