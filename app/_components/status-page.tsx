// The card an error page shows (403, 404): the status in a circle, what happened, and where to go from here.
export function StatusPage(props: {
  code: number;
  testId: string;
  /** The circle's colours: rose for a refusal, slate for "nothing here". */
  tone: string;
  title: string;
  body: string;
  children: React.ReactNode;
}) {
  return (
    <main className="flex flex-1 items-start justify-center px-4 py-20 sm:py-28" data-testid={props.testId}>
      <div className="w-full max-w-md rounded-2xl border border-slate-200 bg-white p-8 text-center shadow-sm">
        <span
          className={`mx-auto flex h-12 w-12 items-center justify-center rounded-full text-xl font-semibold ${props.tone}`}
        >
          {props.code}
        </span>
        <h1 className="mt-4 text-xl font-semibold tracking-tight text-slate-900">{props.title}</h1>
        <p className="mt-2 text-sm text-slate-600">{props.body}</p>
        <div className="mt-6 flex justify-center gap-3 text-sm">{props.children}</div>
      </div>
    </main>
  );
}
