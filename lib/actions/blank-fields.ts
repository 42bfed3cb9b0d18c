// A form sends every field, empty or not; this leaves the empty ones out so a schema's optional keys stay optional
// for a form as they are for a JSON body (a country left blank is "not given", not an invalid "").
export function withoutBlankFields(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value) || value instanceof FormData)
    return value;
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => !(typeof field === "string" && field.trim() === "")),
  );
}
