// Choose (or paste) a CSV and import it; on refusal, the per-row report: row, column and what is wrong.
"use client";

import Link from "next/link";
import { useState, type FormEvent } from "react";
import { adminRequest } from "../../_components/admin-api";
import { buttonStyles, inputClass } from "../../_components/page-header";

interface RowError {
  row: number;
  column: string | null;
  message: string;
}

type Outcome = { kind: "imported"; count: number } | { kind: "rejected"; error: string; rows: RowError[] };

export function CsvImport({ example }: { example: string }) {
  const [csv, setCsv] = useState("");
  const [fileName, setFileName] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function chooseFile(file: File | undefined) {
    if (!file) return;
    setFileName(file.name);
    setCsv(await file.text());
    setOutcome(null);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setOutcome(null);
    const result = await adminRequest<{ imported: number }>("/api/admin/providers/import", {
      text: csv,
      contentType: "text/csv",
    });
    setBusy(false);
    setOutcome(
      result.ok
        ? { kind: "imported", count: result.data.imported }
        : {
            kind: "rejected",
            error: result.error,
            rows: Array.isArray(result.body.row_errors) ? (result.body.row_errors as RowError[]) : [],
          },
    );
  }

  return (
    <form onSubmit={submit} className="flex flex-col gap-4" data-testid="csv-import">
      <label className="block text-sm font-medium text-slate-700">
        CSV file
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => chooseFile(e.target.files?.[0])}
          data-testid="csv-file"
          className="mt-1 block w-full text-sm text-slate-600 file:mr-3 file:rounded-lg file:border-0 file:bg-indigo-50 file:px-3 file:py-2 file:text-sm file:font-medium file:text-indigo-700 hover:file:bg-indigo-100"
        />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        {fileName ? `Contents of ${fileName}` : "Or paste it here"}
        <textarea
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
        <button
          type="submit"
          disabled={busy || csv.trim() === ""}
          className={buttonStyles.primary}
          data-testid="csv-submit"
        >
          {busy ? "Importing…" : "Import"}
        </button>
        <button type="button" onClick={() => setCsv(example)} className={buttonStyles.secondary}>
          Use the example
        </button>
      </div>
      {outcome?.kind === "imported" && (
        <p
          role="status"
          data-testid="csv-imported"
          className="rounded-xl bg-emerald-50 px-4 py-3 text-sm text-emerald-800"
        >
          Imported {outcome.count} provider(s).{" "}
          <Link href="/admin/providers" className="font-medium underline">
            See the directory
          </Link>
        </p>
      )}
      {outcome?.kind === "rejected" && (
        <div
          role="alert"
          data-testid="csv-rejected"
          className="overflow-hidden rounded-xl border border-rose-200"
        >
          <p className="bg-rose-50 px-4 py-3 text-sm font-medium text-rose-800">{outcome.error}</p>
          {outcome.rows.length > 0 && (
            <table className="w-full text-left text-sm" data-testid="csv-row-errors">
              <thead className="bg-white text-xs text-slate-500 uppercase">
                <tr>
                  <th className="px-4 py-2">Row</th>
                  <th className="px-4 py-2">Column</th>
                  <th className="px-4 py-2">Problem</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-rose-100 bg-white">
                {outcome.rows.map((error, index) => (
                  <tr key={index}>
                    <td className="px-4 py-2 text-slate-700 tabular-nums">{error.row}</td>
                    <td className="px-4 py-2 font-mono text-xs text-slate-700">{error.column ?? "—"}</td>
                    <td className="px-4 py-2 text-slate-700">{error.message}</td>
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
