// Google's OAuth 2.0 web-server flow for Google Calendar, over its documented endpoints (configurable for a stub):
// the consent URL, exchanging the code for tokens, and refreshing an access token.
import { z } from "zod";
import type { AppConfig } from "@/lib/config";

/** Busy times (freeBusy) and adding the booked appointment (events.insert): nothing broader. */
export const googleCalendarScopes = [
  "https://www.googleapis.com/auth/calendar.freebusy",
  "https://www.googleapis.com/auth/calendar.events",
];

export type GoogleOAuthConfig = Pick<
  AppConfig,
  | "GOOGLE_CALENDAR_CLIENT_ID"
  | "GOOGLE_CALENDAR_CLIENT_SECRET"
  | "GOOGLE_OAUTH_AUTHORIZE_URL"
  | "GOOGLE_OAUTH_TOKEN_URL"
  | "GOOGLE_CALENDAR_API_BASE_URL"
>;

/** Without both OAuth settings the Google Calendar option is hidden and nothing calls Google. */
export function isGoogleCalendarConfigured(config: GoogleOAuthConfig): boolean {
  return Boolean(config.GOOGLE_CALENDAR_CLIENT_ID && config.GOOGLE_CALENDAR_CLIENT_SECRET);
}

export function googleConsentUrl(
  input: { state: string; redirectUri: string },
  config: GoogleOAuthConfig,
): string {
  const url = new URL(config.GOOGLE_OAUTH_AUTHORIZE_URL);
  url.search = new URLSearchParams({
    client_id: config.GOOGLE_CALENDAR_CLIENT_ID!,
    redirect_uri: input.redirectUri,
    response_type: "code",
    scope: googleCalendarScopes.join(" "),
    // offline + consent: Google returns a refresh token, so busy times keep working after the hour is up.
    access_type: "offline",
    prompt: "consent",
    include_granted_scopes: "true",
    state: input.state,
  }).toString();
  return url.toString();
}

const tokenResponseSchema = z.object({
  access_token: z.string().min(1),
  expires_in: z.coerce.number().positive(),
  refresh_token: z.string().min(1).optional(),
  scope: z.string().default(""),
  token_type: z.string(),
});
export type GoogleTokens = z.infer<typeof tokenResponseSchema>;

export class GoogleAuthError extends Error {
  constructor(
    message: string,
    /** Google's error code (invalid_grant: the person revoked access or the refresh token expired). */
    readonly code: string | null,
  ) {
    super(message);
    this.name = "GoogleAuthError";
  }
}

async function requestTokens(
  form: Record<string, string>,
  config: GoogleOAuthConfig,
  signal?: AbortSignal,
): Promise<GoogleTokens> {
  let response: Response;
  try {
    response = await fetch(config.GOOGLE_OAUTH_TOKEN_URL, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        client_id: config.GOOGLE_CALENDAR_CLIENT_ID!,
        client_secret: config.GOOGLE_CALENDAR_CLIENT_SECRET!,
        ...form,
      }),
      signal: signal ?? AbortSignal.timeout(10_000),
    });
  } catch (error) {
    throw new GoogleAuthError(
      `Google's sign-in service could not be reached: ${(error as Error).message}`,
      null,
    );
  }
  const body = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) {
    const code = typeof body?.error === "string" ? body.error : null;
    const description = typeof body?.error_description === "string" ? `: ${body.error_description}` : "";
    throw new GoogleAuthError(
      `Google refused the token request (${code ?? response.status}${description})`,
      code,
    );
  }
  const parsed = tokenResponseSchema.safeParse(body);
  if (!parsed.success)
    throw new GoogleAuthError("Google answered the token request in an unknown shape", null);
  return parsed.data;
}

export function exchangeAuthorizationCode(
  input: { code: string; redirectUri: string },
  config: GoogleOAuthConfig,
): Promise<GoogleTokens> {
  return requestTokens(
    { code: input.code, redirect_uri: input.redirectUri, grant_type: "authorization_code" },
    config,
  );
}

export function refreshAccessToken(
  refreshToken: string,
  config: GoogleOAuthConfig,
  signal?: AbortSignal,
): Promise<GoogleTokens> {
  return requestTokens({ refresh_token: refreshToken, grant_type: "refresh_token" }, config, signal);
}
