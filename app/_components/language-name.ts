// A language named in another one with the runtime's own names for languages (Intl.DisplayNames): "francés" for "fr"
// read in Spanish. Plain, so Server and Client Components can both call it.
export function languageName(language: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: "language" }).of(language) ?? language;
}
