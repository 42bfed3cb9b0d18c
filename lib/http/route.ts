// The one wrapper around route handlers: reads and validates JSON bodies, turns any thrown error into
// { "error": "..." } with the right status (in the request's language when the error is a sentence), and hides
// internals behind a generic 500.
import { ZodError, type ZodType } from "zod";
import { sayForRequest } from "@/i18n/request-sentence";
import { validationErrorMap, validationFailed } from "@/i18n/request-validation";
import { AppError, internalErrorSentence, invalid } from "@/lib/errors";
import { invalidRequest } from "@/lib/sentences/validation-message";
import { logger } from "@/lib/logger";
import { readBodyText } from "./read-body";

const maxJsonBytes = 64 * 1024;

type Handler<Ctx> = (request: Request, context: Ctx) => Promise<Response>;

export function route<Ctx>(handler: Handler<Ctx>): Handler<Ctx> {
  return async (request, context) => {
    try {
      return await handler(request, context);
    } catch (error) {
      return errorResponse(error, request);
    }
  };
}

/** The error's body, in the request's language when the error was written as a sentence. */
export async function errorResponse(error: unknown, request?: Request): Promise<Response> {
  if (error instanceof AppError) {
    const said = error.sentence && request ? await sayForRequest(request.headers, error.sentence) : null;
    return error.toResponse(said ?? undefined);
  }
  if (error instanceof ZodError)
    return (await validationFailed(error, request?.headers ?? new Headers())).toResponse();
  logger.error("unhandled error in a route handler", {
    error,
    path: request ? new URL(request.url).pathname : undefined,
  });
  return Response.json({ error: internalErrorSentence }, { status: 500 });
}

export function describeZodError(error: ZodError): string {
  return invalidRequest(error).text;
}

/** Reads a JSON body, refusing oversized and malformed ones with a clear 4xx, and validates it against the schema. */
export async function readJson<T>(request: Request, schema: ZodType<T>): Promise<T> {
  const text = await readBodyText(request, { maxBytes: maxJsonBytes });
  let body: unknown;
  try {
    body = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    throw invalid("The request body is not valid JSON.");
  }
  // Zod's own messages in the request's language; the schema's own through their sentences.
  const result = schema.safeParse(body, { error: validationErrorMap(request.headers) });
  if (!result.success) throw await validationFailed(result.error, request.headers);
  return result.data;
}
