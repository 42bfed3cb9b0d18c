// Queries for a person's Google Calendar connection (tokens arrive and leave sealed; see lib/calendar/secret-box.ts).
import { eq } from "drizzle-orm";
import { getDb, type DbOrTx } from "./client";
import { googleCalendarConnections, type GoogleCalendarConnectionRow } from "./schema";

export type GoogleCalendarConnection = GoogleCalendarConnectionRow;

export async function saveGoogleCalendarConnection(
  connection: {
    userId: string;
    accessTokenSealed: string;
    refreshTokenSealed: string | null;
    accessTokenExpiresAt: Date;
    scope: string;
    now: Date;
  },
  db: DbOrTx = getDb(),
): Promise<GoogleCalendarConnection> {
  const { userId, now, ...tokens } = connection;
  return db
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
    .returning()
    .get();
}

export async function getGoogleCalendarConnection(
  userId: string,
  db: DbOrTx = getDb(),
): Promise<GoogleCalendarConnection | undefined> {
  return db
    .select()
    .from(googleCalendarConnections)
    .where(eq(googleCalendarConnections.userId, userId))
    .get();
}

export async function updateGoogleAccessToken(
  userId: string,
  token: { accessTokenSealed: string; accessTokenExpiresAt: Date; now: Date },
  db: DbOrTx = getDb(),
): Promise<void> {
  db.update(googleCalendarConnections)
    .set({
      accessTokenSealed: token.accessTokenSealed,
      accessTokenExpiresAt: token.accessTokenExpiresAt,
      lastError: null,
      updatedAt: token.now,
    })
    .where(eq(googleCalendarConnections.userId, userId))
    .run();
}

export async function recordGoogleCalendarError(
  userId: string,
  failure: { reason: string; now: Date },
  db: DbOrTx = getDb(),
): Promise<void> {
  db.update(googleCalendarConnections)
    .set({ lastError: failure.reason, updatedAt: failure.now })
    .where(eq(googleCalendarConnections.userId, userId))
    .run();
}

export async function deleteGoogleCalendarConnection(userId: string, db: DbOrTx = getDb()): Promise<boolean> {
  return (
    db.delete(googleCalendarConnections).where(eq(googleCalendarConnections.userId, userId)).run().changes ===
    1
  );
}
