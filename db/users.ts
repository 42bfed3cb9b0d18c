// Queries about people beyond what Better Auth manages: moving an anonymous visitor's data, roles.
import { eq } from "drizzle-orm";
import { reassignCalendarData } from "./calendar-ownership";
import { getDb, writeTransaction } from "./client";
import { bookings, calls, tasks, user } from "./schema";
import { movePersonUsage } from "./usage-counters";

/** Moves everything an anonymous visitor made to the account they signed up with, all or nothing. */
export async function reassignUserData(fromUserId: string, toUserId: string): Promise<void> {
  writeTransaction((tx) => {
    tx.update(tasks).set({ userId: toUserId }).where(eq(tasks.userId, fromUserId)).run();
    tx.update(bookings).set({ userId: toUserId }).where(eq(bookings.userId, fromUserId)).run();
    tx.update(calls).set({ userId: toUserId }).where(eq(calls.userId, fromUserId)).run();
    reassignCalendarData(tx, fromUserId, toUserId);
    movePersonUsage(tx, fromUserId, toUserId);
  });
}

export async function findUserByEmail(email: string) {
  return getDb().select().from(user).where(eq(user.email, email.toLowerCase())).get();
}

export async function setUserRole(userId: string, role: "user" | "admin"): Promise<void> {
  getDb().update(user).set({ role, updatedAt: new Date() }).where(eq(user.id, userId)).run();
}
