// Query strings as the admin schemas read them: URLSearchParams (route handlers) or a page's searchParams.
export type QueryInput = URLSearchParams | Record<string, string | string[] | undefined>;

/** Query-string values as the schema reads them: the first of repeated keys, empty fields left out. */
export function queryValues(input: QueryInput): Record<string, string> {
  const entries =
    input instanceof URLSearchParams
      ? [...input.keys()].map((key) => [key, input.get(key)] as const)
      : Object.entries(input).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value] as const);
  return Object.fromEntries(
    entries.filter(
      (entry): entry is readonly [string, string] => typeof entry[1] === "string" && entry[1].trim() !== "",
    ),
  );
}
