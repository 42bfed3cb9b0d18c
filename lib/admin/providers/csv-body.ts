// Reads an uploaded CSV from a request: a text/csv body, or { "csv": "..." } as JSON; refuses oversized bodies
// before reading them.
import { z } from "zod";
import { AppError, invalid } from "@/lib/errors";
import { maxImportBytes } from "./provider-csv-import";

const jsonBodySchema = z.object({ csv: z.string() }).strict();

export async function readCsvBody(request: Request): Promise<string> {
  const tooLarge = () =>
    new AppError("too_large", `The file is too large: ${maxImportBytes / 1024 / 1024} MB at most.`);
  if (Number(request.headers.get("content-length") ?? 0) > maxImportBytes + 1024) throw tooLarge();
  const text = await request.text();
  if (Buffer.byteLength(text) > maxImportBytes + 1024) throw tooLarge();
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
