// The email and password form behind /sign-in and /sign-up (Better Auth). Signing up from a guest session keeps
// the guest's requests: the server links the two accounts.
"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { authClient, forgetSession } from "@/app/auth-client";

const inputClass =
  "mt-1 block w-full rounded-xl border border-slate-200 bg-white px-3.5 py-2.5 text-sm text-slate-900 shadow-xs placeholder:text-slate-400 focus:border-indigo-400 focus:ring-4 focus:ring-indigo-100 focus:outline-none";

export function CredentialsForm({ mode, next }: { mode: "sign-in" | "sign-up"; next: string }) {
  const router = useRouter();
  const t = useTranslations("auth");
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const signingUp = mode === "sign-up";

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSubmitting(true);
    const { error: failure } = signingUp
      ? // The verification email's link brings the person back to where they were (their request).
        await authClient.signUp.email({
          email,
          password,
          name: name.trim() || email.split("@")[0],
          callbackURL: next,
        })
      : await authClient.signIn.email({ email, password });
    if (failure) {
      setError(failure.message ?? (signingUp ? t("signUpFailed") : t("signInFailed")));
      setSubmitting(false);
      return;
    }
    forgetSession();
    router.replace(next);
    router.refresh();
  }

  const otherHref = `${signingUp ? "/sign-in" : "/sign-up"}?next=${encodeURIComponent(next)}`;
  return (
    <form onSubmit={submit} className="space-y-4" data-testid={`${mode}-form`}>
      {signingUp && (
        <label className="block text-sm font-medium text-slate-700">
          {t("name")} <span className="font-normal text-slate-400">{t("optional")}</span>
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            autoComplete="name"
            maxLength={100}
            className={inputClass}
          />
        </label>
      )}
      <label className="block text-sm font-medium text-slate-700">
        {t("email")}
        <input
          type="email"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          autoComplete="email"
          data-testid="auth-email"
          className={inputClass}
        />
      </label>
      <label className="block text-sm font-medium text-slate-700">
        {t("password")}
        <input
          type="password"
          required
          minLength={8}
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete={signingUp ? "new-password" : "current-password"}
          data-testid="auth-password"
          className={inputClass}
        />
        {signingUp && (
          <span className="mt-1 block text-xs font-normal text-slate-400">{t("passwordHint")}</span>
        )}
      </label>
      {error && (
        <p
          role="alert"
          data-testid="auth-error"
          className="rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-700"
        >
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={submitting}
        data-testid="auth-submit"
        className="w-full rounded-xl bg-indigo-600 px-4 py-2.5 text-sm font-semibold text-white shadow-sm hover:bg-indigo-500 disabled:opacity-60"
      >
        {submitting ? t("oneMoment") : signingUp ? t("createAccount") : t("signIn")}
      </button>
      <p className="text-center text-sm text-slate-500">
        {signingUp ? t("haveAccount") : t("newHere")}
        <Link href={otherHref} className="font-medium text-indigo-600 hover:text-indigo-500">
          {signingUp ? t("signIn") : t("createAnAccount")}
        </Link>
      </p>
    </form>
  );
}
