// The person's account as the server sees it (GET /api/account): verification, consent, today's allowance and what
// is missing before real calls. Reloads on demand (after consenting, after a booking).
"use client";

import { useCallback, useEffect, useState } from "react";
import type { AccountView } from "@/lib/guardrails/account";
import { apiRequest, messageOf } from "./api-request";

export function useAccount(): {
  account: AccountView | null;
  error: string | null;
  reload: () => Promise<void>;
} {
  const [account, setAccount] = useState<AccountView | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    apiRequest<AccountView>("/api/account")
      .then((view) => current && setAccount(view))
      .catch((failure: unknown) => current && setError(messageOf(failure)));
    return () => {
      current = false;
    };
  }, []);

  const reload = useCallback(async () => {
    try {
      setAccount(await apiRequest<AccountView>("/api/account"));
      setError(null);
    } catch (failure) {
      setError(messageOf(failure));
    }
  }, []);
  return { account, error, reload };
}
