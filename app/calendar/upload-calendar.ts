// Sends an .ics file to POST /api/calendar/sources/import as the raw request body (no JSON wrapping, any size
// the server accepts), with the same session and error handling as the other API calls.
import { ensureSession } from "@/app/auth-client";
import { ApiError } from "@/app/_components/api-request";

export async function uploadCalendarFile(file: File, timeZone: string): Promise<void> {
  await ensureSession();
  const query = new URLSearchParams({ name: file.name, time_zone: timeZone });
  let response: Response;
  try {
    response = await fetch(`/api/calendar/sources/import?${query}`, {
      method: "POST",
      headers: { "content-type": "text/calendar" },
      body: file,
    });
  } catch {
    throw new ApiError("CallPilot could not be reached. Check your connection and try again.", 0);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: string } | null;
    throw new ApiError(
      body?.error ?? `The file could not be imported (HTTP ${response.status}).`,
      response.status,
    );
  }
}
