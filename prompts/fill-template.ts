// Fills {{name}} placeholders the way ElevenLabs fills an agent's dynamic variables.

/** Fills {{name}} placeholders the way ElevenLabs does; an unknown name is left as it is. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? values[name] : whole,
  );
}
