// A form's FormData as a plain object zod can validate: repeated names become arrays, files stay files, and the
// React-internal "$ACTION_…" fields a progressively enhanced form carries are dropped.
export function formValues(form: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith("$ACTION")) continue;
    const existing = values[name];
    if (existing === undefined) values[name] = value;
    else values[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return values;
}
