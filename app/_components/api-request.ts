// Calls CallPilot's JSON API from the browser: makes sure there is a session, and turns any {error} body into an
// ApiError carrying the server's sentence, which the page shows as it is.
import { ensureSession } from "@/app/auth-client";

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export async function apiRequest<T>(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<T> {
  const response = await apiFetch(path, init);
  return (await response.json()) as T;
}

/** The raw response once it is known to be a success (streams read it themselves). */
export async function apiFetch(
  path: string,
  init: { method?: string; body?: unknown } = {},
): Promise<Response> {
  await ensureSession();
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: init.body === undefined ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: "no-store",
    });
  } catch {
    throw new ApiError("CallPilot could not be reached. Check your connection and try again.", 0);
  }
  if (!response.ok) throw new ApiError(await errorSentence(response), response.status);
  return response;
}

async function errorSentence(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === "string" && body.error.trim() !== "") return body.error;
  } catch {
    // Not JSON: fall through to a generic sentence.
  }
  return `Something went wrong (HTTP ${response.status}). Please try again.`;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : "Something went wrong. Please try again.";
}
