// A titled white card, the building block of the calendar and account pages, with its error notes and classes.
export function SectionCard({
  title,
  description,
  children,
  testId,
}: {
  title: string;
  description?: string;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <section
      data-testid={testId}
      className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      {description && <p className="mt-0.5 text-sm text-slate-500">{description}</p>}
      <div className="mt-4">{children}</div>
    </section>
  );
}

export function ErrorNote({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <p role="alert" className="mt-3 rounded-xl bg-rose-50 px-3 py-2 text-sm text-rose-700">
      {message}
    </p>
  );
}

/** The sentence beside a form field the server refused. */
export function FieldNote({ message }: { message: string | undefined }) {
  if (!message) return null;
  return (
    <span role="alert" className="mt-1 block text-xs font-normal text-rose-700">
      {message}
    </span>
  );
}

/** A labelled input with the server's sentence about it, if it refused the value, right below. */
export function FormField({
  label,
  error,
  labelClassName = "text-sm font-medium text-slate-700",
  ...input
}: { label: React.ReactNode; error: string | undefined; labelClassName?: string } & Omit<
  React.InputHTMLAttributes<HTMLInputElement>,
  "className"
>) {
  return (
    <label className={labelClassName}>
      {label}
      <input {...input} className={`${inputClass} mt-1`} aria-invalid={error ? true : undefined} />
      <FieldNote message={error} />
    </label>
  );
}

export const buttonClass =
  "inline-flex items-center justify-center rounded-xl bg-indigo-600 px-4 py-2 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:cursor-not-allowed disabled:opacity-60";
export const quietButtonClass =
  "inline-flex items-center justify-center rounded-lg px-2.5 py-1.5 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 disabled:opacity-60";
export const inputClass =
  "w-full rounded-xl border border-slate-300 bg-white px-3 py-2 text-sm text-slate-900 shadow-sm focus:border-indigo-500 focus:ring-2 focus:ring-indigo-100 focus:outline-none";
