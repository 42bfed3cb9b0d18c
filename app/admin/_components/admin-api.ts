// Calls the admin API from the browser and keeps the whole error body, so forms can show field errors and the CSV
// import its per-row report next to the server's sentence.
export type AdminResult<T> =
  { ok: true; data: T } | { ok: false; status: number; error: string; body: Record<string, unknown> };

export async function adminRequest<T>(
  path: string,
  init: { method?: string; body?: unknown; text?: string; contentType?: string } = {},
): Promise<AdminResult<T>> {
  const hasJson = init.body !== undefined;
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? (hasJson || init.text !== undefined ? "POST" : "GET"),
      headers: hasJson
        ? { "content-type": "application/json" }
        : init.text !== undefined
          ? { "content-type": init.contentType ?? "text/plain" }
          : undefined,
      body: hasJson ? JSON.stringify(init.body) : init.text,
      cache: "no-store",
    });
  } catch {
    return {
      ok: false,
      status: 0,
      error: "CallPilot could not be reached. Check your connection.",
      body: {},
    };
  }
  const body =
    response.status === 204 ? {} : ((await response.json().catch(() => ({}))) as Record<string, unknown>);
  if (response.ok) return { ok: true, data: body as T };
  const error =
    typeof body.error === "string" && body.error !== ""
      ? body.error
      : `Something went wrong (HTTP ${response.status}). Please try again.`;
  return { ok: false, status: response.status, error, body };
}
