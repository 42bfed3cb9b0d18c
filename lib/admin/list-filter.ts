// The filters of the admin lists, read one way everywhere: the REST API refuses a bad filter (400 with a sentence),
// a page drops only the bad keys and says which it ignored, so the list still shows. Also the links that keep a
// filter while changing one key (pages, status tabs).
import type { z, ZodError, ZodType } from "zod";
import { invalid } from "@/lib/errors";
import { describeZodError } from "@/lib/http/route";
import { sentence, type WrittenSentence } from "@/lib/sentences/sentence";
import { queryValues, type QueryInput } from "./query-values";

/** For route handlers: the filter, or a thrown 400 naming the first bad key. */
export function parseListFilter<S extends ZodType>(schema: S, query: QueryInput): z.output<S> {
  const parsed = schema.safeParse(queryValues(query));
  if (!parsed.success) throw invalid(describeZodError(parsed.error));
  return parsed.data;
}

export interface PageFilter<T> {
  filter: T;
  /** A sentence naming the keys left out (zod's reason quoted in English), or null when the whole query was valid. */
  ignored: WrittenSentence | null;
}

/** For pages: the filter without its bad keys, and a note saying which were ignored and why. */
export function readListFilter<S extends ZodType>(schema: S, query: QueryInput): PageFilter<z.output<S>> {
  const values = queryValues(query);
  const dropped: string[] = [];
  let firstError: ZodError | null = null;
  // Each pass drops the keys the last one complained about; a query has few keys, so this ends quickly.
  for (let pass = 0; pass <= Object.keys(values).length; pass++) {
    const parsed = schema.safeParse(values);
    if (parsed.success) {
      return { filter: parsed.data, ignored: firstError ? ignoredNote(dropped, firstError) : null };
    }
    firstError ??= parsed.error;
    const bad = badKeys(parsed.error).filter((key) => key in values);
    if (bad.length === 0) break;
    for (const key of bad) {
      delete values[key];
      dropped.push(key);
    }
  }
  return { filter: schema.parse({}), ignored: ignoredNote(Object.keys(queryValues(query)), firstError!) };
}

function badKeys(error: ZodError): string[] {
  return error.issues.flatMap((issue) =>
    issue.code === "unrecognized_keys"
      ? issue.keys
      : typeof issue.path[0] === "string"
        ? [issue.path[0]]
        : [],
  );
}

function ignoredNote(keys: string[], error: ZodError): WrittenSentence {
  const names = keys.map((key) => `“${key}”`).join(", ");
  return sentence("adminFilterIgnored", { names, reason: error.issues[0].message });
}

/** The address of a list with some filter keys changed; page 1 and empty keys are left out. */
export function listHref(
  base: string,
  filter: object,
  changes: Record<string, string | number | undefined> = {},
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filter, ...changes })) {
    if (value === undefined || value === null || value === "" || (key === "page" && Number(value) === 1))
      continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
