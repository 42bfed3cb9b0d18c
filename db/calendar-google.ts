// Queries for a person's Google Calendar connection (tokens arrive and leave sealed; see lib/calendar/secret-box.ts).
import { eq } from "drizzle-orm";
import { getDb } from "./client";
import { googleCalendarConnections, type GoogleCalendarConnectionRow } from "./schema";

export type GoogleCalendarConnection = GoogleCalendarConnectionRow;

export async function saveGoogleCalendarConnection(connection: {
  userId: string;
  accessTokenSealed: string;
  refreshTokenSealed: string | null;
  accessTokenExpiresAt: Date;
  scope: string;
  now: Date;
}): Promise<GoogleCalendarConnection> {
  const { userId, now, ...tokens } = connection;
  const [saved] = await getDb()
    .insert(googleCalendarConnections)
    .values({ userId, ...tokens, createdAt: now, updatedAt: now })
    .onConflictDoUpdate({
      target: googleCalendarConnections.userId,
      // Google sends a refresh token only on first consent; a reconnect without one keeps the old one.
      set: {
        accessTokenSealed: tokens.accessTokenSealed,
        accessTokenExpiresAt: tokens.accessTokenExpiresAt,
        scope: tokens.scope,
        lastError: null,
        updatedAt: now,
        ...(tokens.refreshTokenSealed && { refreshTokenSealed: tokens.refreshTokenSealed }),
      },
    })
    .returning();
  return saved;
}

export async function getGoogleCalendarConnection(
  userId: string,
): Promise<GoogleCalendarConnection | undefined> {
  const [connection] = await getDb()
    .select()
    .from(googleCalendarConnections)
    .where(eq(googleCalendarConnections.userId, userId))
    .limit(1);
  return connection;
}

export async function updateGoogleAccessToken(
  userId: string,
  token: { accessTokenSealed: string; accessTokenExpiresAt: Date; now: Date },
): Promise<void> {
  await getDb()
    .update(googleCalendarConnections)
    .set({
      accessTokenSealed: token.accessTokenSealed,
      accessTokenExpiresAt: token.accessTokenExpiresAt,
      lastError: null,
      updatedAt: token.now,
    })
    .where(eq(googleCalendarConnections.userId, userId));
}

export async function recordGoogleCalendarError(
  userId: string,
  failure: { reason: string; now: Date },
): Promise<void> {
  await getDb()
    .update(googleCalendarConnections)
    .set({ lastError: failure.reason, updatedAt: failure.now })
    .where(eq(googleCalendarConnections.userId, userId));
}

export async function deleteGoogleCalendarConnection(userId: string): Promise<boolean> {
  const deleted = await getDb()
    .delete(googleCalendarConnections)
    .where(eq(googleCalendarConnections.userId, userId))
    .returning({ userId: googleCalendarConnections.userId });
  return deleted.length === 1;
}
