// "We sent you a link": the verification step for a signed-up person, with a button that sends the email again.
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { authClient } from "@/app/auth-client";

export function VerifyEmailNote({ email, callbackPath }: { email: string; callbackPath: string }) {
  const t = useTranslations("verifyEmail");
  const [state, setState] = useState<"idle" | "sending" | "sent" | "failed">("idle");
  async function resend() {
    setState("sending");
    const { error } = await authClient.sendVerificationEmail({ email, callbackURL: callbackPath });
    setState(error ? "failed" : "sent");
  }
  return (
    <div data-testid="verify-email-note" className="rounded-xl border border-sky-200 bg-sky-50 p-3 text-sm">
      <p className="text-sky-900">
        {t.rich("sentTo", { email, strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <button
        type="button"
        onClick={() => void resend()}
        disabled={state === "sending"}
        className="mt-2 rounded-lg px-2 py-1 font-medium text-sky-700 hover:bg-sky-100 disabled:opacity-60"
      >
        {state === "sending" ? t("sending") : state === "sent" ? t("sent") : t("again")}
      </button>
      {state === "failed" && (
        <p role="alert" className="mt-1 text-rose-700">
          {t("failed")}
        </p>
      )}
    </div>
  );
}
