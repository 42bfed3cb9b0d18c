// Sessions for admin tests: a visitor (no cookie), a guest, a signed-in person, and an administrator.
import { findUserByEmail, setUserRole } from "@/db/users";
import { anonymousSession, emailSession } from "../helpers";

export interface Sessions {
  visitor: undefined;
  guest: string;
  user: string;
  admin: string;
  adminEmail: string;
  userEmail: string;
}

let counter = 0;

export async function createSessions(): Promise<Sessions> {
  counter++;
  const stamp = `${process.pid}-${counter}-${Date.now()}`;
  const adminEmail = `admin-${stamp}@example.test`;
  const userEmail = `person-${stamp}@example.test`;
  const admin = await emailSession(adminEmail);
  const adminUser = await findUserByEmail(adminEmail);
  await setUserRole(adminUser!.id, "admin");
  return {
    visitor: undefined,
    guest: await anonymousSession(),
    user: await emailSession(userEmail),
    admin,
    adminEmail,
    userEmail,
  };
}
