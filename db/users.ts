// Queries about people beyond what Better Auth manages: moving an anonymous visitor's data, roles.
import { eq } from "drizzle-orm";
import { reassignCalendarData } from "./calendar-ownership";
import { getDb, transaction } from "./client";
import { bookings, calls, tasks, user } from "./schema";
import { movePersonUsage } from "./usage-counters";

/** Moves everything an anonymous visitor made to the account they signed up with, all or nothing. */
export async function reassignUserData(fromUserId: string, toUserId: string): Promise<void> {
  await transaction(async (tx) => {
    await tx.update(tasks).set({ userId: toUserId }).where(eq(tasks.userId, fromUserId));
    await tx.update(bookings).set({ userId: toUserId }).where(eq(bookings.userId, fromUserId));
    await tx.update(calls).set({ userId: toUserId }).where(eq(calls.userId, fromUserId));
    await reassignCalendarData(fromUserId, toUserId);
    await movePersonUsage(fromUserId, toUserId);
  });
}

export async function findUserByEmail(email: string) {
  const [found] = await getDb().select().from(user).where(eq(user.email, email.toLowerCase())).limit(1);
  return found;
}

export async function setUserRole(userId: string, role: "user" | "admin"): Promise<void> {
  await getDb().update(user).set({ role, updatedAt: new Date() }).where(eq(user.id, userId));
}
