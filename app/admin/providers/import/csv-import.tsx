// Choose (or paste) a CSV and import it through the import action (the file is uploaded with the form); on
// refusal, the per-row report: where (row and column) and what is wrong.
"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState, useState } from "react";
import { idleState } from "@/lib/actions/action-state";
import { buttonStyles, inputClass } from "../../_components/page-header";
import { importProvidersAction } from "../actions";

export function CsvImport({ example }: { example: string }) {
  const t = useTranslations("adminProviders.import");
  const [state, action, pending] = useActionState(importProvidersAction, idleState);
  // Pasted text wins over the file on the server, so the file's contents are shown here to be edited.
  const [csv, setCsv] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);

  async function chooseFile(file: File | undefined) {
    if (!file) return;
    setFileName(file.name);
    setCsv(await file.text());
  }

  const rowErrors = state.status === "error" ? Object.entries(state.fieldErrors) : [];
  return (
    <form action={action} className="flex flex-col gap-4" data-testid="csv-import">
      <label className="block text-sm font-medium text-slate-700">
        {t("file")}
        <input
          type="file"
          name="file"
          accept=".csv,text/csv"
          onChange={(e) => chooseFile(e.target.files?.[0])}
          data-testid="csv-file"
          className="mt-1 block w-full text-sm text-slate-600 file:mr-3 file:rounded-lg file:border-0 file:bg-indigo-50 file:px-3 file:py-2 file:text-sm file:font-medium file:text-indigo-700 hover:file:bg-indigo-100"
        />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        {fileName ? t("contentsOf", { fileName }) : t("paste")}
        <textarea
          name="csv"
          value={csv}
          onChange={(e) => setCsv(e.target.value)}
          rows={8}
          spellCheck={false}
          placeholder={example}
          data-testid="csv-text"
          className={`mt-1 font-mono text-xs ${inputClass}`}
        />
      </label>
      <div className="flex gap-2">
        <button type="submit" disabled={pending} className={buttonStyles.primary} data-testid="csv-submit">
          {pending ? t("importing") : t("submit")}
        </button>
        <button type="button" onClick={() => setCsv(example)} className={buttonStyles.secondary}>
          {t("useExample")}
        </button>
      </div>
      {state.status === "ok" && (
        <p
          role="status"
          data-testid="csv-imported"
          className="rounded-xl bg-emerald-50 px-4 py-3 text-sm text-emerald-800"
        >
          {state.message}{" "}
          <Link href="/admin/providers" className="font-medium underline">
            {t("seeDirectory")}
          </Link>
        </p>
      )}
      {state.status === "error" && (
        <div
          role="alert"
          data-testid="csv-rejected"
          className="overflow-hidden rounded-xl border border-rose-200"
        >
          <p className="bg-rose-50 px-4 py-3 text-sm font-medium text-rose-800">{state.error}</p>
          {rowErrors.length > 0 && (
            <table className="w-full text-left text-sm" data-testid="csv-row-errors">
              <thead className="bg-white text-xs text-slate-500 uppercase">
                <tr>
                  <th className="px-4 py-2">{t("where")}</th>
                  <th className="px-4 py-2">{t("problem")}</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-rose-100 bg-white">
                {rowErrors.map(([where, message]) => (
                  <tr key={where}>
                    <td className="px-4 py-2 font-mono text-xs whitespace-nowrap text-slate-700">{where}</td>
                    <td className="px-4 py-2 text-slate-700">{message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </form>
  );
}
