// Domain errors, typed, and their one mapping to HTTP. Every error body is { "error": "a sentence a person can act on" }.
// An error a person meets may be written as a sentence (lib/sentences): the action and route wrappers then answer it
// in the language of the request (i18n/request-sentence.ts); `message` stays its English text for logs and tests.
import type { Sentence, WrittenSentence } from "@/lib/sentences/sentence";

/** What an error says: plain English, or a sentence each reader's language can say. */
export type ErrorSaying = string | WrittenSentence;
export type ErrorType =
  | "invalid"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "too_large"
  | "rate_limited"
  | "unavailable";

const statusByType: Record<ErrorType, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  rate_limited: 429,
  unavailable: 503,
};

export class AppError extends Error {
  /** The sentence, when the error was written as one; null for plain English. */
  readonly sentence: Sentence | null;

  constructor(
    readonly type: ErrorType,
    saying: ErrorSaying,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof saying === "string" ? saying : saying.text);
    this.name = "AppError";
    this.sentence = typeof saying === "string" ? null : saying.sentence;
  }

  /** Sentences for form fields, by field name (a server action shows them beside the fields); none by default. */
  get fieldErrors(): Record<string, string> {
    return {};
  }

  get status(): number {
    return statusByType[this.type];
  }

  /** The error body; `said` is the message in the request's language when the caller worded it so. */
  toResponse(said?: { text: string; locale: string }): Response {
    const headers = said ? { ...this.headers, "Content-Language": said.locale } : this.headers;
    return Response.json({ error: said?.text ?? this.message }, { status: this.status, headers });
  }
}

/** A refusal about one field of the input: the REST body is the usual sentence, a form shows it beside the field. */
export class FieldInvalid extends AppError {
  constructor(
    readonly field: string,
    saying: ErrorSaying,
  ) {
    super("invalid", saying);
  }

  override get fieldErrors(): Record<string, string> {
    return { [this.field]: this.message };
  }
}

/** What a person is told when something unexpected failed: nothing internal, one sentence for routes and actions. */
export const internalErrorSentence = "Something went wrong on our side. Please try again in a moment.";

export const invalid = (saying: ErrorSaying) => new AppError("invalid", saying);
export const invalidField = (field: string, saying: ErrorSaying) => new FieldInvalid(field, saying);
export const unauthorized = (message = "Sign in first: this needs a session.") =>
  new AppError("unauthorized", message);
export const forbidden = (saying: ErrorSaying = "You are not allowed to do this.") =>
  new AppError("forbidden", saying);
/** `what` names the missing thing ("The booking": "The booking was not found."), or is the whole sentence. */
export const notFound = (what: string | WrittenSentence) =>
  new AppError("not_found", typeof what === "string" ? `${what} was not found.` : what);
export const conflict = (saying: ErrorSaying) => new AppError("conflict", saying);
export const unavailable = (saying: ErrorSaying) => new AppError("unavailable", saying);
