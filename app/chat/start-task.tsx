// Starts a new request in the browser's time zone (the server action behind POST /api/task) and replaces the address
// with its conversation page. A first-time visitor is signed in as a guest first.
"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { ensureSession } from "@/app/auth-client";
import { startNewTask } from "./actions";

export function StartTask() {
  const router = useRouter();
  const t = useTranslations("startTask");
  const [error, setError] = useState<string | null>(null);
  const started = useRef(false);

  useEffect(() => {
    // React runs effects twice in development; one visit must create one task.
    if (started.current) return;
    started.current = true;
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    ensureSession()
      .then(() => startNewTask({ time_zone: timeZone }))
      .then((state) => {
        if (state.status === "ok") router.replace(`/chat/${state.data.task_id}`);
        else if (state.status === "error") setError(state.error);
      })
      .catch((failure: unknown) =>
        setError(failure instanceof Error && failure.message ? failure.message : t("unreachable")),
      );
  }, [router, t]);

  return (
    <main className="mx-auto flex w-full max-w-md flex-1 flex-col items-center justify-center gap-4 px-4 py-24 text-center">
      {error ? (
        <div role="alert" className="rounded-2xl border border-rose-200 bg-rose-50 p-6 text-rose-800">
          <p className="font-medium">{t("failed")}</p>
          <p className="mt-1 text-sm">{error}</p>
          <button
            type="button"
            onClick={() => window.location.reload()}
            className="mt-4 rounded-lg bg-rose-600 px-4 py-2 text-sm font-medium text-white hover:bg-rose-500"
          >
            {t("retry")}
          </button>
        </div>
      ) : (
        <>
          <span className="h-10 w-10 animate-spin rounded-full border-4 border-indigo-100 border-t-indigo-600" />
          <p className="text-slate-600">{t("starting")}</p>
        </>
      )}
    </main>
  );
}
