// The one table of the admin area (bookings, providers, people, audit log, do-not-call): a header row, one row per
// item drawn by the page, and the empty state in its place when there is nothing to list.
import type { ReactNode } from "react";
import { EmptyState } from "./empty-state";

export interface Column {
  label: string;
  /** Extra classes for the header cell, e.g. "text-right". */
  className?: string;
}

export function AdminTable<T>(props: {
  columns: Array<string | Column>;
  rows: T[];
  /** Draws one item as a <tr>. */
  row: (item: T) => ReactNode;
  empty: ReactNode;
  emptyTestId?: string;
  testId?: string;
  /** A literal Tailwind class such as "min-w-[56rem]", so wide tables scroll instead of squeezing. */
  minWidth?: string;
  /** Inside a card already: no border or shadow of its own. */
  bare?: boolean;
}) {
  if (props.rows.length === 0) {
    return (
      <EmptyState testId={props.emptyTestId} bare={props.bare}>
        {props.empty}
      </EmptyState>
    );
  }
  return (
    <div
      className={
        props.bare
          ? "overflow-x-auto"
          : "overflow-x-auto rounded-2xl border border-slate-200 bg-white shadow-sm"
      }
    >
      <table className={`w-full text-left text-sm ${props.minWidth ?? ""}`} data-testid={props.testId}>
        <thead className="border-b border-slate-200 bg-slate-50/80 text-xs font-medium tracking-wide text-slate-500 uppercase">
          <tr>
            {props.columns.map((column) => {
              const { label, className } =
                typeof column === "string" ? { label: column, className: "" } : column;
              return (
                <th key={label} className={`px-4 py-2.5 ${className ?? ""}`}>
                  {label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">{props.rows.map(props.row)}</tbody>
      </table>
    </div>
  );
}

/** The padding every admin table cell uses, so rows drawn by different pages line up the same way. */
export const cellClass = "px-4 py-3";
