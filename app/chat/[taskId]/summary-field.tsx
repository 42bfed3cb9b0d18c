// One labelled field on the summary card, its error sentence right beside it, and the input style the fields share.
export const fieldInputClass =
  "block w-full rounded-lg border border-slate-200 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 focus:border-indigo-400 focus:ring-4 focus:ring-indigo-100 focus:outline-none disabled:bg-slate-50 disabled:text-slate-500";

export function SummaryField(props: {
  label: string;
  htmlFor: string;
  /** Why the last save refused this field. */
  error?: string;
  wide?: boolean;
  children: React.ReactNode;
}) {
  return (
    <div className={props.wide ? "col-span-2" : undefined}>
      <label htmlFor={props.htmlFor} className="mb-1 block text-xs font-medium text-slate-500">
        {props.label}
      </label>
      {props.children}
      {props.error && (
        <p role="alert" data-testid={`${props.htmlFor}-error`} className="mt-1 text-xs text-rose-700">
          {props.error}
        </p>
      )}
    </div>
  );
}
