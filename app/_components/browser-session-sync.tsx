// Gives the server what only the browser knows on a first visit — a session (a guest one until the person signs
// in) and the time zone — then re-renders the page once, so its Server Components show the person's own data in
// their own zone. Renders nothing.
"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { authClient, ensureSession } from "@/app/auth-client";
import { timeZoneCookie, timeZoneIn } from "./time-zone-cookie";

/** Writes the browser's zone into the cookie; true when the server did not know it yet. */
function rememberTimeZone(): boolean {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (timeZoneIn(document.cookie) === zone) return false;
  document.cookie = `${timeZoneCookie}=${encodeURIComponent(zone)}; Path=/; Max-Age=31536000; SameSite=Lax`;
  return true;
}

export function BrowserSessionSync() {
  const { data, isPending } = authClient.useSession();
  const router = useRouter();

  useEffect(() => {
    if (isPending) return;
    const zoneChanged = rememberTimeZone();
    // A first visit (or a sign-out) leaves no session: start a guest one so the visitor can begin right away.
    if (data && !zoneChanged) return;
    void (data ? Promise.resolve() : ensureSession()).then(
      () => router.refresh(),
      () => undefined,
    );
  }, [isPending, data, router]);

  return null;
}
