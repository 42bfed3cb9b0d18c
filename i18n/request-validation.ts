// A request that fails validation, answered in the request's language: zod's own messages from its locale (parse
// with validationErrorMap), a schema's own messages through their sentences (lib/sentences/validation-message.ts),
// and "Invalid request — field: message." around them. English for a request that asks for no language.
import { z, type ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { invalidRequest, sentenceOfValidationMessage } from "@/lib/sentences/validation-message";
import { requestLocale, type Locale } from "./locales";
import { sayForRequest } from "./request-sentence";

const zodLocales: Record<Locale, () => { localeError: z.core.$ZodErrorMap }> = {
  en: z.locales.en,
  es: z.locales.es,
  fr: z.locales.fr,
  de: z.locales.de,
};
const errorMaps = new Map<Locale, z.core.$ZodErrorMap>();

/** Zod's messages in the request's language, for `schema.parse(value, { error })`. */
export function validationErrorMap(headers: Headers): z.core.$ZodErrorMap {
  const locale = requestLocale(headers);
  let map = errorMaps.get(locale);
  if (!map) {
    map = zodLocales[locale]().localeError;
    errorMaps.set(locale, map);
  }
  return map;
}

/** A failed validation as a 400 whose sentence, and whose field messages, are in the request's language. */
export class ValidationFailed extends AppError {
  constructor(
    message: string,
    private readonly fields: Record<string, string>,
  ) {
    super("invalid", message);
  }

  override get fieldErrors(): Record<string, string> {
    return this.fields;
  }
}

export async function validationFailed(error: ZodError, headers: Headers): Promise<ValidationFailed> {
  const say = async (message: string) => {
    const own = sentenceOfValidationMessage(message);
    return (own && (await sayForRequest(headers, own))?.text) ?? message;
  };
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".");
    if (field !== "" && !(field in fields)) fields[field] = await say(issue.message);
  }
  const written = invalidRequest(error, await say(error.issues[0].message));
  return new ValidationFailed((await sayForRequest(headers, written.sentence))?.text ?? written.text, fields);
}
