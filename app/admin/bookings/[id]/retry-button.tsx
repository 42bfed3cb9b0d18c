// "Retry now" on a failed or unanswered call: queues a new attempt through the admin API, then reloads the page's
// data so the new attempt shows up (queued, then dialed).
"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { adminRequest } from "../../_components/admin-api";
import { buttonStyles } from "../../_components/page-header";

export function RetryButton({ callId }: { callId: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [, startTransition] = useTransition();

  async function retry() {
    setBusy(true);
    setError(null);
    const result = await adminRequest<{ call_id: string }>(`/api/admin/calls/${callId}/retry`, {
      method: "POST",
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    startTransition(() => router.refresh());
  }

  return (
    <span className="flex flex-col items-end gap-1">
      <button
        type="button"
        onClick={retry}
        disabled={busy}
        data-testid="retry-call"
        className={buttonStyles.primary}
      >
        {busy ? "Retrying…" : "Retry now"}
      </button>
      {error && (
        <span role="alert" className="max-w-[16rem] text-right text-xs text-rose-600">
          {error}
        </span>
      )}
    </span>
  );
}
