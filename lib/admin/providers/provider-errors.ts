// Refusals that carry their details next to the sentence: which fields of a provider are wrong, which CSV rows
// (row number, column, message). The body stays { "error": "..." } with the details beside it.
import { AppError } from "@/lib/errors";
import type { FieldError } from "./provider-input";

export class ProviderFieldsInvalid extends AppError {
  constructor(readonly fields: FieldError[]) {
    super(
      "invalid",
      `The provider is not valid: ${fields.map((f) => `${f.column} ${f.message}`).join("; ")}.`,
    );
  }

  override toResponse(): Response {
    return Response.json({ error: this.message, fields: this.fields }, { status: this.status });
  }

  override get fieldErrors(): Record<string, string> {
    return collect(this.fields.map((f) => [f.column, f.message]));
  }
}

export interface RowError {
  /** The CSV line the row starts on (the header is line 1). */
  row: number;
  column: string | null;
  message: string;
}

export class ImportRejected extends AppError {
  constructor(readonly rowErrors: RowError[]) {
    const rows = new Set(rowErrors.map((e) => e.row)).size;
    super(
      "invalid",
      `Nothing was imported: ${rowErrors.length} problem(s) in ${rows} row(s). Fix them and import the file again.`,
    );
  }

  override toResponse(): Response {
    return Response.json({ error: this.message, row_errors: this.rowErrors }, { status: this.status });
  }

  /** The form's per-row report: "row 3: phone" → what is wrong there. */
  override get fieldErrors(): Record<string, string> {
    return collect(this.rowErrors.map((e) => [`row ${e.row}${e.column ? `: ${e.column}` : ""}`, e.message]));
  }
}

/** Several problems in one place are shown together. */
function collect(entries: Array<[string, string]>): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const [key, message] of entries) errors[key] = key in errors ? `${errors[key]}; ${message}` : message;
  return errors;
}
