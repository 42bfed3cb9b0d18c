// The browser's Better Auth client, and the one place that makes sure a visitor has a session (anonymous at first).
import { anonymousClient, adminClient } from "better-auth/client/plugins";
import { createAuthClient } from "better-auth/react";

export const authClient = createAuthClient({ plugins: [anonymousClient(), adminClient()] });

let sessionReady: Promise<void> | null = null;

/**
 * Resolves once the browser holds a session, signing the visitor in anonymously when it has none. Shared by every
 * caller on the page, so the header and the page asking at the same moment still create one guest, not two.
 */
export function ensureSession(): Promise<void> {
  sessionReady ??= startSession().catch((error: unknown) => {
    sessionReady = null;
    throw error;
  });
  return sessionReady;
}

/** After signing in, up or out the next API call must look again. */
export function forgetSession(): void {
  sessionReady = null;
}

async function startSession(): Promise<void> {
  const { data } = await authClient.getSession();
  if (data?.session) return;
  const { error } = await authClient.signIn.anonymous();
  if (error) throw new Error(error.message ?? "We could not start a session. Please reload the page.");
}
