// What the connections page says about one integration: its state, what it enables, and a sentence — never a secret.
export type ConnectionState = "configured" | "not_configured" | "failing";

export interface Connection {
  id: "llm" | "elevenlabs" | "twilio" | "google_places" | "google_calendar" | "email";
  name: string;
  state: ConnectionState;
  /** What CallPilot does with it (and without it). */
  enables: string;
  /** Whether a cheap live check was made; some vendors have no free request to make. */
  checked: boolean;
  detail: string;
}

/** A check's outcome: null when it passed, or a sentence (never the vendor's raw words) saying what failed. */
export type CheckResult = string | null;

/** Runs a live check with a deadline; a check that throws or takes too long is a failure with a sentence. */
export async function runCheck(
  check: () => Promise<CheckResult>,
  timeoutMs: number,
  describeError: (error: unknown) => string,
): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<CheckResult>((resolve) => {
    timer = setTimeout(() => resolve(`It did not answer within ${timeoutMs} ms.`), timeoutMs);
  });
  try {
    return await Promise.race([check().catch((error: unknown) => describeError(error)), deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** The HTTP status an SDK error carries, under whichever name the SDK uses. */
export function statusOf(error: unknown): number | undefined {
  if (error === null || typeof error !== "object") return undefined;
  const { statusCode, status } = error as { statusCode?: unknown; status?: unknown };
  if (typeof statusCode === "number") return statusCode;
  return typeof status === "number" ? status : undefined;
}

export function describeStatus(vendor: string, error: unknown): string {
  const status = statusOf(error);
  if (status === 401 || status === 403) return `${vendor} refused the credentials.`;
  if (status === 404) return `${vendor} does not know the configured account or agent.`;
  if (status !== undefined) return `${vendor} answered with HTTP ${status}.`;
  return `${vendor} could not be reached.`;
}

/** What anyone but an admin sees of a connection: whether it is set up and working, not why a check failed. */
export type ConnectionSummary = Pick<Connection, "id" | "name" | "state" | "enables">;

export function summariseConnection({ id, name, state, enables }: Connection): ConnectionSummary {
  return { id, name, state, enables };
}
