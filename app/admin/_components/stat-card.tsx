// One headline figure on the overview: a label, the number, and a line saying what it counts.
export function StatCard(props: {
  label: string;
  value: string;
  detail: string;
  testId?: string;
  accent?: string;
}) {
  return (
    <div className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm" data-testid={props.testId}>
      <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">{props.label}</p>
      <p
        className={`mt-1.5 text-3xl font-semibold tracking-tight tabular-nums ${props.accent ?? "text-slate-900"}`}
      >
        {props.value}
      </p>
      <p className="mt-1 text-xs text-slate-500">{props.detail}</p>
    </div>
  );
}
