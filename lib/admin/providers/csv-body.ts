// Reads an uploaded CSV from a request: a text/csv body, or { "csv": "..." } as JSON; refuses oversized bodies
// without reading past the limit.
import { z } from "zod";
import { invalid } from "@/lib/errors";
import { describeBytes, readBodyText } from "@/lib/http/read-body";
import { maxImportBytes } from "./provider-csv-import";

const jsonBodySchema = z.object({ csv: z.string() }).strict();

export async function readCsvBody(request: Request): Promise<string> {
  // A little room over the file's own limit for the JSON envelope around it.
  const text = await readBodyText(request, {
    maxBytes: maxImportBytes + 1024,
    tooLarge: `The file is too large: ${describeBytes(maxImportBytes)} at most.`,
  });
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
