// What an ElevenLabs API failure means for a call: a sentence for the person and the admin, and whether trying again
// is safe. "transient": the request certainly did nothing (rate limit, busy); "ambiguous": it may have reached the
// vendor (timeout, 5xx, broken connection), so a retry first checks the call was not placed; "permanent": never retry.
import { ElevenLabsError, ElevenLabsTimeoutError } from "@elevenlabs/elevenlabs-js";

export type ApiFailureKind = "transient" | "ambiguous" | "permanent";

export interface ApiFailure {
  kind: ApiFailureKind;
  reason: string;
  status: number | null;
  /** The vendor's own words, for the logs only. */
  detail: string;
}

export function describeApiFailure(error: unknown): ApiFailure {
  if (error instanceof ElevenLabsTimeoutError) {
    return failure("ambiguous", "ElevenLabs did not answer the call request in time.", null, error.message);
  }
  if (!(error instanceof ElevenLabsError) || error.statusCode === undefined) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure("ambiguous", "ElevenLabs could not be reached to place the call.", null, detail);
  }
  const status = error.statusCode;
  const { code, message } = errorDetail(error.body);
  const detail = [code, message].filter(Boolean).join(": ") || `HTTP ${status}`;
  const text = `${code} ${message}`.toLowerCase();
  if (status === 429) {
    return failure("transient", "ElevenLabs is limiting how many calls can start at once.", status, detail);
  }
  if (status >= 500) {
    return failure("ambiguous", "ElevenLabs had a temporary problem placing the call.", status, detail);
  }
  if (text.includes("quota") || text.includes("credit") || status === 402) {
    return failure(
      "permanent",
      "The ElevenLabs account has run out of call credit (quota exceeded), so no call was placed.",
      status,
      detail,
    );
  }
  if (status === 401 || status === 403) {
    return failure(
      "permanent",
      "ElevenLabs refused CallPilot's API key (ELEVENLABS_API_KEY), so no call was placed.",
      status,
      detail,
    );
  }
  if (status === 404) {
    const phone = text.includes("phone");
    return failure(
      "permanent",
      phone
        ? "ElevenLabs does not know the calling phone number (ELEVENLABS_AGENT_PHONE_NUMBER_ID), so no call was placed."
        : "ElevenLabs does not know the voice agent (ELEVENLABS_AGENT_ID), so no call was placed.",
      status,
      detail,
    );
  }
  if ((status === 400 || status === 422) && /to_number|phone|number/.test(text)) {
    return failure("permanent", "The number to call is not a valid phone number.", status, detail);
  }
  return failure("permanent", `ElevenLabs refused the call request (HTTP ${status}).`, status, detail);
}

function failure(kind: ApiFailureKind, reason: string, status: number | null, detail: string): ApiFailure {
  return { kind, reason, status, detail: detail.slice(0, 500) };
}

/** ElevenLabs answers errors as { detail: { status, message } } or FastAPI's { detail: [{ loc, msg }] }. */
function errorDetail(body: unknown): { code: string; message: string } {
  const detail = (body as { detail?: unknown } | null)?.detail;
  if (typeof detail === "string") return { code: "", message: detail };
  if (Array.isArray(detail)) {
    const parts = detail.map((item) => {
      const entry = item as { loc?: unknown[]; msg?: string };
      return `${(entry.loc ?? []).join(".")} ${entry.msg ?? ""}`.trim();
    });
    return { code: "validation_error", message: parts.join("; ") };
  }
  if (detail && typeof detail === "object") {
    const entry = detail as { status?: unknown; message?: unknown };
    return { code: String(entry.status ?? ""), message: String(entry.message ?? "") };
  }
  return { code: "", message: typeof body === "string" ? body : "" };
}
