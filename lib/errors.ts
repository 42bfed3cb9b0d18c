// Domain errors, typed, and their one mapping to HTTP. Every error body is { "error": "a sentence a person can act on" }.
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
  constructor(
    readonly type: ErrorType,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "AppError";
  }

  /** Sentences for form fields, by field name (a server action shows them beside the fields); none by default. */
  get fieldErrors(): Record<string, string> {
    return {};
  }

  get status(): number {
    return statusByType[this.type];
  }

  toResponse(): Response {
    return Response.json({ error: this.message }, { status: this.status, headers: this.headers });
  }
}

/** A refusal about one field of the input: the REST body is the usual sentence, a form shows it beside the field. */
export class FieldInvalid extends AppError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super("invalid", message);
  }

  override get fieldErrors(): Record<string, string> {
    return { [this.field]: this.message };
  }
}

/** What a person is told when something unexpected failed: nothing internal, one sentence for routes and actions. */
export const internalErrorSentence = "Something went wrong on our side. Please try again in a moment.";

export const invalid = (message: string) => new AppError("invalid", message);
export const invalidField = (field: string, message: string) => new FieldInvalid(field, message);
export const unauthorized = (message = "Sign in first: this needs a session.") =>
  new AppError("unauthorized", message);
export const forbidden = (message = "You are not allowed to do this.") => new AppError("forbidden", message);
export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`);
export const conflict = (message: string) => new AppError("conflict", message);
export const unavailable = (message: string) => new AppError("unavailable", message);
