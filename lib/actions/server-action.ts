// The one wrapper per kind of caller around server actions, the twins of lib/http/route.ts and
// lib/admin/admin-route.ts: who is asking first (a session for personAction, an admin for adminAction), then zod
// validation of the form or object, then the lib/ function; any thrown error becomes an ActionState with the same
// sentence the REST twin answers, and field errors for the form. Next's redirect()/notFound() pass through.
import "server-only";
import { unstable_rethrow } from "next/navigation";
import { headers } from "next/headers";
import { ZodError, type z, type ZodType } from "zod";
import { requireAdmin } from "@/lib/admin/access";
import { requireCaller, type Caller } from "@/lib/auth/session";
import { sayForRequest } from "@/i18n/request-sentence";
import { validationErrorMap, validationFailed } from "@/i18n/request-validation";
import { AppError, internalErrorSentence } from "@/lib/errors";
import { logger } from "@/lib/logger";
import type { ActionState } from "./action-state";
import { formValues } from "./form-values";

/** What an action body gets besides its input: who asked and the request's headers (rate limits read the IP). */
export interface ActionContext {
  caller: Caller;
  request: { headers: Headers };
}

export type CallerKind = "person" | "admin";

/** Marks every wrapped action with the kind of caller it checks, so a test can find an action that skipped both. */
export const actionCallerKind = Symbol.for("callpilot.actionCallerKind");

type Body<S extends ZodType, T> = (input: z.output<S>, context: ActionContext) => Promise<T | Success<T>>;

/** A result with a sentence for the person ("Saved."), besides the data. */
export interface Success<T> {
  [successMark]: true;
  data: T;
  message: string;
}
const successMark = Symbol("success");

export function withMessage<T>(data: T, message: string): Success<T> {
  return { [successMark]: true, data, message };
}

/**
 * The action, callable as a form action (FormData), from useActionState (previous state, FormData or object) or
 * from code with a plain object.
 */
export interface ServerAction<S extends ZodType, T> {
  (input: FormData | z.input<S>): Promise<ActionState<T>>;
  // Last, so useActionState infers its payload (FormData or the object) from this signature.
  (previous: ActionState<T> | null | undefined, input: FormData | z.input<S>): Promise<ActionState<T>>;
  [actionCallerKind]: CallerKind;
}

/** For what any person with a session (guests included) may do; ownership is the lib/ function's job, as in REST. */
export function personAction<S extends ZodType, T>(schema: S, body: Body<S, T>): ServerAction<S, T> {
  return wrap("person", requireCaller, schema, body);
}

/** For the admin area: a signed-in administrator, checked before the input is even read. */
export function adminAction<S extends ZodType, T>(schema: S, body: Body<S, T>): ServerAction<S, T> {
  return wrap("admin", requireAdmin, schema, body);
}

function wrap<S extends ZodType, T>(
  kind: CallerKind,
  identify: (headers: Headers) => Promise<Caller>,
  schema: S,
  body: Body<S, T>,
): ServerAction<S, T> {
  const action = async (...args: unknown[]): Promise<ActionState<T>> => {
    const raw = args.length >= 2 ? args[1] : args[0];
    let requestHeaders: Headers | null = null;
    try {
      requestHeaders = await headers();
      const caller = await identify(requestHeaders);
      const input = schema.parse(raw instanceof FormData ? formValues(raw) : (raw ?? {}), {
        error: validationErrorMap(requestHeaders),
      });
      const result = await body(input, { caller, request: { headers: requestHeaders } });
      if (isSuccess<T>(result)) return { status: "ok", data: result.data, message: result.message };
      return { status: "ok", data: result };
    } catch (error) {
      unstable_rethrow(error);
      return failureOf(error, requestHeaders);
    }
  };
  return Object.assign(action, { [actionCallerKind]: kind }) as ServerAction<S, T>;
}

function isSuccess<T>(value: unknown): value is Success<T> {
  return typeof value === "object" && value !== null && successMark in value;
}

async function failureOf(error: unknown, requestHeaders: Headers | null): Promise<ActionState<never>> {
  if (error instanceof AppError) {
    // Said in the language of the page that sent the form, when the error was written as a sentence.
    const said =
      error.sentence && requestHeaders ? await sayForRequest(requestHeaders, error.sentence) : null;
    if (!said)
      return { status: "error", error: error.message, fieldErrors: error.fieldErrors, code: error.type };
    // A sentence error names at most its one field (FieldInvalid): that field reads the same sentence.
    const fieldErrors = Object.fromEntries(Object.keys(error.fieldErrors).map((field) => [field, said.text]));
    return { status: "error", error: said.text, fieldErrors, code: error.type };
  }
  if (error instanceof ZodError) {
    const failed = await validationFailed(error, requestHeaders ?? new Headers());
    return { status: "error", error: failed.message, fieldErrors: failed.fieldErrors, code: "invalid" };
  }
  logger.error("unhandled error in a server action", { error });
  return { status: "error", error: internalErrorSentence, fieldErrors: {}, code: "internal" };
}
