// CSV import of providers, all or nothing: every row is checked (fields, duplicates within the file and against
// the directory) and any problem rejects the whole file with a per-row report; otherwise every row is inserted in
// one transaction, with one audit entry.
import { randomUUID } from "node:crypto";
import { CsvError, parse, type InfoRecord } from "csv-parse/sync";
import { insertProvidersChecked } from "@/db/admin-providers";
import type { AuditActor } from "@/lib/admin/audit-actions";
import type { Clock } from "@/lib/clock";
import { invalid } from "@/lib/errors";
import { newId } from "@/lib/ids";
import { findDuplicate, type ProviderIdentity } from "./provider-duplicates";
import { ImportRejected, type RowError } from "./provider-errors";
import { duplicateMessage } from "./provider-admin";
import {
  checkProviderInput,
  providerColumns,
  requiredProviderColumns,
  type ProviderColumn,
  type ProviderFields,
  type ProviderInput,
} from "./provider-input";

export const maxImportBytes = 2 * 1024 * 1024;
export const maxImportRows = 5_000;

interface CsvRecord {
  line: number;
  fields: string[];
}

export interface ImportResult {
  imported: number;
  provider_ids: string[];
}

export async function importProvidersCsv(
  csv: string,
  actor: AuditActor,
  clock: Clock,
): Promise<ImportResult> {
  if (Buffer.byteLength(csv) > maxImportBytes) {
    throw invalid(`The file is too large: ${maxImportBytes / 1024 / 1024} MB at most.`);
  }
  const records = readRecords(csv);
  const [header, ...rows] = records;
  if (!header) throw invalid("The file is empty: it needs a header row and at least one provider.");
  const columns = readHeader(header);
  if (rows.length === 0) throw invalid("The file has a header but no providers to import.");
  if (rows.length > maxImportRows)
    throw invalid(`The file has ${rows.length} rows; import at most ${maxImportRows} at a time.`);

  const errors: RowError[] = [];
  const valid: Array<{ line: number; fields: ProviderFields }> = [];
  for (const record of rows) {
    if (record.fields.length !== columns.length) {
      errors.push({
        row: record.line,
        column: null,
        message: `has ${record.fields.length} fields but the header has ${columns.length}`,
      });
      continue;
    }
    const input: ProviderInput = Object.fromEntries(columns.map((column, i) => [column, record.fields[i]]));
    const checked = checkProviderInput(input);
    if (!checked.ok) {
      errors.push(...checked.errors.map((e) => ({ row: record.line, column: e.column, message: e.message })));
      continue;
    }
    const earlier = findDuplicate(
      checked.fields,
      valid.map((v) => ({ ...v.fields, line: v.line })),
    );
    if (earlier) {
      errors.push({
        row: record.line,
        column: earlier.reason === "phone" ? "phone" : "name",
        message:
          earlier.reason === "phone"
            ? `duplicates row ${earlier.match.line}: the same phone number`
            : `duplicates row ${earlier.match.line}: the same name and address`,
      });
      continue;
    }
    valid.push({ line: record.line, fields: checked.fields });
  }
  if (errors.length > 0) throw new ImportRejected(errors);

  const now = clock.now();
  const importId = `import_${randomUUID()}`;
  const rowsToInsert = valid.map(({ fields }) => ({
    id: newId("prov"),
    ...fields,
    source: "import" as const,
    disabled: false,
    createdAt: now,
    updatedAt: now,
  })) satisfies Array<ProviderIdentity & { id: string }>;
  const result = await insertProvidersChecked({
    rows: rowsToInsert,
    audit: {
      actor,
      action: "provider.import",
      targetId: importId,
      details: { imported: rowsToInsert.length, provider_ids: rowsToInsert.map((row) => row.id) },
      at: now,
    },
  });
  if (!result.ok) {
    throw new ImportRejected(
      result.duplicates.map((d) => ({
        row: valid[d.index].line,
        column: d.reason === "phone" ? "phone" : "name",
        message: `${duplicateMessage(d)} already in the directory`,
      })),
    );
  }
  return { imported: result.ids.length, provider_ids: result.ids };
}

function readRecords(csv: string): CsvRecord[] {
  try {
    // With `info`, each record comes with where it was read; its `lines` is the line the record ends on.
    const parsed = parse(csv, {
      bom: true,
      trim: true,
      skip_empty_lines: true,
      skip_records_with_empty_values: true,
      relax_column_count: true,
      info: true,
    }) as unknown as Array<{ info: InfoRecord; record: string[] }>;
    return parsed.map(({ info, record }) => ({ line: info.lines, fields: record }));
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error.lines === "number" ? error.lines : 0;
      throw new ImportRejected([{ row: line, column: null, message: `is not valid CSV: ${error.message}` }]);
    }
    throw error;
  }
}

/** Header names as written ("Service Type", "service_type") mapped to columns; unknown or missing ones refused. */
function readHeader(header: CsvRecord): ProviderColumn[] {
  const errors: RowError[] = [];
  const columns = header.fields.map((name) =>
    name
      .trim()
      .toLowerCase()
      .replace(/[\s-]+/g, "_"),
  );
  columns.forEach((column, i) => {
    if (!(providerColumns as readonly string[]).includes(column)) {
      errors.push({
        row: header.line,
        column: header.fields[i],
        message: `is not a known column; the columns are ${providerColumns.join(", ")}`,
      });
    } else if (columns.indexOf(column) !== i) {
      errors.push({ row: header.line, column: header.fields[i], message: "appears twice in the header" });
    }
  });
  for (const required of requiredProviderColumns) {
    if (!columns.includes(required))
      errors.push({ row: header.line, column: required, message: "is missing from the header" });
  }
  if (errors.length > 0) throw new ImportRejected(errors);
  return columns as ProviderColumn[];
}
