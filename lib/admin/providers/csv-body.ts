// Reads an uploaded CSV: from a request (a text/csv body, or { "csv": "..." } as JSON), refusing oversized bodies
// without reading past the limit; or from the import form (pasted text or a chosen file).
import { z } from "zod";
import { invalid } from "@/lib/errors";
import { bodyTooLarge, describeBytes, readBodyText } from "@/lib/http/read-body";
import { maxImportBytes } from "./provider-csv-import";

const jsonBodySchema = z.object({ csv: z.string() }).strict();

const tooLarge = `The file is too large: ${describeBytes(maxImportBytes)} at most.`;

export async function readCsvBody(request: Request): Promise<string> {
  // A little room over the file's own limit for the JSON envelope around it.
  const text = await readBodyText(request, { maxBytes: maxImportBytes + 1024, tooLarge });
  const type = request.headers.get("content-type") ?? "";
  if (!type.includes("application/json")) return text;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw invalid("The request body is not valid JSON.");
  }
  const parsed = jsonBodySchema.safeParse(body);
  if (!parsed.success) throw invalid('Send the file as a text/csv body, or as JSON { "csv": "..." }.');
  return parsed.data.csv;
}

export const csvUploadSchema = z.object({
  csv: z.string().optional(),
  file: z.instanceof(File).optional(),
});

/** The import form's CSV: the pasted text when there is any (it may be an edited copy of the file), else the file. */
export async function readCsvUpload(upload: z.infer<typeof csvUploadSchema>): Promise<string> {
  if (upload.csv !== undefined && upload.csv.trim() !== "") return upload.csv;
  if (!upload.file || upload.file.size === 0) throw invalid("Choose a CSV file, or paste its contents.");
  if (upload.file.size > maxImportBytes) throw bodyTooLarge({ maxBytes: maxImportBytes, tooLarge });
  return upload.file.text();
}
