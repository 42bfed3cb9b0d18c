// The filter bar above an admin list: a plain GET form (the address holds the filter, so a view can be shared)
// with Filter and Reset, and the note shown when a filter in the address was ignored (lib/admin/list-filter.ts).
import { useTranslations } from "next-intl";
import Link from "next/link";
import type { ReactNode } from "react";
import { buttonStyles, inputClass } from "./page-header";
import { ServerSentence } from "@/app/_components/server-sentence";
import type { WrittenSentence } from "@/lib/sentences/sentence";

export function FilterForm(props: {
  base: string;
  children: ReactNode;
  /** Literal Tailwind grid classes for the fields' layout. */
  layout: string;
  submitLabel?: string;
  submitTestId?: string;
  testId?: string;
}) {
  const t = useTranslations("adminShell.filters");
  return (
    <form
      method="get"
      action={props.base}
      data-testid={props.testId}
      className={`mb-4 grid gap-3 rounded-2xl border border-slate-200 bg-white p-4 shadow-sm ${props.layout}`}
    >
      {props.children}
      <div className="flex items-end gap-2">
        <button type="submit" className={buttonStyles.primary} data-testid={props.submitTestId}>
          {props.submitLabel ?? t("filter")}
        </button>
        <Link href={props.base} className={buttonStyles.secondary}>
          {t("reset")}
        </Link>
      </div>
    </form>
  );
}

/** One labelled field of a filter bar. */
export function FilterField(props: { label: string; children: ReactNode; className?: string }) {
  return (
    <label className={`block text-xs font-medium text-slate-500 ${props.className ?? ""}`}>
      {props.label}
      {props.children}
    </label>
  );
}

/** A free-text filter: its label, and an input named after the query parameter it sets. */
export function FilterTextField(props: {
  label: string;
  name: string;
  value: string | null | undefined;
  placeholder?: string;
  testId?: string;
}) {
  return (
    <FilterField label={props.label}>
      <input
        name={props.name}
        defaultValue={props.value ?? ""}
        placeholder={props.placeholder}
        data-testid={props.testId}
        className={`mt-1 ${inputClass}`}
      />
    </FilterField>
  );
}

/** A choice filter: "any" (the empty value, no filter) first, then each option as [value, label]. */
export function FilterSelectField(props: {
  label: string;
  name: string;
  value: string | null | undefined;
  anyLabel: string;
  options: ReadonlyArray<readonly [value: string, label: string]>;
}) {
  return (
    <FilterField label={props.label}>
      <select name={props.name} defaultValue={props.value ?? ""} className={`mt-1 ${inputClass}`}>
        <option value="">{props.anyLabel}</option>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </FilterField>
  );
}

export function IgnoredFilterNote({ note }: { note: WrittenSentence | null }) {
  if (!note) return null;
  return (
    <p
      role="alert"
      data-testid="ignored-filter"
      className="mb-4 rounded-xl bg-amber-50 px-4 py-2.5 text-sm text-amber-800"
    >
      <ServerSentence text={note.text} sentence={note.sentence} />
    </p>
  );
}
