// npm run admin:create -- email password
// Creates an administrator (or promotes an existing account and resets its password). Prints what it did.
import { getAuth } from "@/lib/auth/auth";
import { closeDb, prepareDatabase } from "@/db/client";
import { stopJobStore } from "@/db/jobs";
import { stopListening } from "@/db/notifications";
import { findUserByEmail, setUserRole } from "@/db/users";

async function main(): Promise<void> {
  const [email, password] = process.argv.slice(2);
  if (!email || !password || !email.includes("@")) {
    console.error("Usage: npm run admin:create -- <email> <password>");
    process.exit(2);
  }
  if (password.length < 8) {
    console.error("The password must have at least 8 characters.");
    process.exit(2);
  }
  await prepareDatabase();
  try {
    await createOrPromote(email, password);
  } finally {
    // Whatever the run opened (the job store and change listener only if something started them) must close, or
    // PostgreSQL's pool keeps the process alive.
    await stopJobStore();
    await stopListening();
    await closeDb();
  }
}

async function createOrPromote(email: string, password: string): Promise<void> {
  const auth = getAuth();
  const existing = await findUserByEmail(email);
  if (existing) {
    const context = await auth.$context;
    const hash = await context.password.hash(password);
    await context.internalAdapter.updatePassword(existing.id, hash);
    await setUserRole(existing.id, "admin");
    console.log(`${email} already had an account: it is now an admin, with the new password.`);
  } else {
    const { user } = await auth.api.signUpEmail({ body: { email, password, name: email.split("@")[0] } });
    await setUserRole(user.id, "admin");
    console.log(`Created the admin ${email}.`);
  }
}

main().catch((error) => {
  console.error(`Could not create the admin: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
