// Who is asking: the session behind a request, or a 401 the person can act on.
import { unauthorized } from "@/lib/errors";
import { getAuth } from "./auth";

export interface Caller {
  userId: string;
  role: "user" | "admin";
  isAnonymous: boolean;
  /** Whether the person followed the link in the verification email (a guest never has). */
  emailVerified: boolean;
  email: string;
  name: string;
}

export async function getCaller(headers: Headers): Promise<Caller | null> {
  const session = await getAuth(headers).api.getSession({ headers });
  if (!session) return null;
  const user = session.user as typeof session.user & { role?: string | null; isAnonymous?: boolean | null };
  return {
    userId: user.id,
    role: user.role === "admin" ? "admin" : "user",
    isAnonymous: Boolean(user.isAnonymous),
    emailVerified: Boolean(user.emailVerified) && !user.isAnonymous,
    email: user.email,
    name: user.name,
  };
}

export async function requireCaller(headers: Headers): Promise<Caller> {
  const caller = await getCaller(headers);
  if (!caller) {
    throw unauthorized(
      "Start a session first: open CallPilot in a browser, or POST /api/auth/sign-in/anonymous and send back the cookie it sets.",
    );
  }
  return caller;
}
