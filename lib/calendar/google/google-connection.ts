// A person's Google Calendar connection: stored from the OAuth callback, used with a fresh access token (refreshed
// when it is about to expire or Google says it has), recorded as broken when Google refuses it for good.
import {
  deleteGoogleCalendarConnection,
  getGoogleCalendarConnection,
  recordGoogleCalendarError,
  saveGoogleCalendarConnection,
  updateGoogleAccessToken,
} from "@/db/calendar-google";
import type { Clock } from "@/lib/clock";
import { getConfig } from "@/lib/config";
import { notFound } from "@/lib/errors";
import { seal, unseal } from "../secret-box";
import { GoogleCalendarApiError } from "./google-calendar-api";
import {
  exchangeAuthorizationCode,
  GoogleAuthError,
  isGoogleCalendarConfigured,
  refreshAccessToken,
} from "./google-oauth";

/** An access token this close to expiry is refreshed first rather than failing midway. */
const expiryMarginMs = 60_000;

export async function connectGoogleCalendar(
  input: { userId: string; code: string; redirectUri: string },
  clock: Clock,
): Promise<void> {
  const tokens = await exchangeAuthorizationCode(
    { code: input.code, redirectUri: input.redirectUri },
    getConfig(),
  );
  const now = clock.now();
  await saveGoogleCalendarConnection({
    userId: input.userId,
    accessTokenSealed: seal(tokens.access_token),
    refreshTokenSealed: tokens.refresh_token ? seal(tokens.refresh_token) : null,
    accessTokenExpiresAt: new Date(now.getTime() + tokens.expires_in * 1000),
    scope: tokens.scope,
    now,
  });
}

export async function disconnectGoogleCalendar(userId: string): Promise<void> {
  if (!(await deleteGoogleCalendarConnection(userId))) throw notFound("A Google Calendar connection");
}

export interface GoogleCalendarStatus {
  /** Whether this server has Google OAuth configured; the page hides the option otherwise. */
  available: boolean;
  connected: boolean;
  last_error: string | null;
}

export async function googleCalendarStatus(userId: string): Promise<GoogleCalendarStatus> {
  if (!isGoogleCalendarConfigured(getConfig()))
    return { available: false, connected: false, last_error: null };
  const connection = await getGoogleCalendarConnection(userId);
  return { available: true, connected: Boolean(connection), last_error: connection?.lastError ?? null };
}

/**
 * Runs `work` with a valid access token and the calendar id; null when Google Calendar is not configured or the
 * person has not connected it. A 401 from Google gets one retry with a refreshed token.
 */
export async function withGoogleAccess<T>(
  userId: string,
  clock: Clock,
  signal: AbortSignal,
  work: (access: { accessToken: string; calendarId: string; baseUrl: string }) => Promise<T>,
): Promise<T | null> {
  const config = getConfig();
  if (!isGoogleCalendarConfigured(config)) return null;
  const connection = await getGoogleCalendarConnection(userId);
  if (!connection) return null;
  const base = { calendarId: connection.calendarId, baseUrl: config.GOOGLE_CALENDAR_API_BASE_URL };
  try {
    let accessToken = unseal(connection.accessTokenSealed);
    if (!accessToken || connection.accessTokenExpiresAt.getTime() - expiryMarginMs <= clock.now().getTime()) {
      accessToken = await refreshed(userId, connection.refreshTokenSealed, clock, signal);
    }
    try {
      return await work({ accessToken, ...base });
    } catch (error) {
      if (!(error instanceof GoogleCalendarApiError) || error.status !== 401) throw error;
      return await work({
        accessToken: await refreshed(userId, connection.refreshTokenSealed, clock, signal),
        ...base,
      });
    }
  } catch (error) {
    if (error instanceof GoogleAuthError && error.code === "invalid_grant") {
      await recordGoogleCalendarError(userId, {
        reason: "Google no longer accepts CallPilot's access: connect Google Calendar again.",
        now: clock.now(),
      });
    } else if (error instanceof GoogleCalendarApiError && (error.status === 401 || error.status === 403)) {
      await recordGoogleCalendarError(userId, { reason: error.message, now: clock.now() });
    }
    throw error;
  }
}

async function refreshed(
  userId: string,
  refreshTokenSealed: string | null,
  clock: Clock,
  signal: AbortSignal,
): Promise<string> {
  const refreshToken = refreshTokenSealed ? unseal(refreshTokenSealed) : null;
  if (!refreshToken)
    throw new GoogleAuthError("There is no refresh token for this Google connection", "invalid_grant");
  const tokens = await refreshAccessToken(refreshToken, getConfig(), signal);
  const now = clock.now();
  await updateGoogleAccessToken(userId, {
    accessTokenSealed: seal(tokens.access_token),
    accessTokenExpiresAt: new Date(now.getTime() + tokens.expires_in * 1000),
    now,
  });
  return tokens.access_token;
}
