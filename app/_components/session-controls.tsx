// Who is using CallPilot right now (a guest or an email) and the sign in / sign up / sign out actions (a missing
// session is started by browser-session-sync.tsx).
"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { authClient, forgetSession } from "@/app/auth-client";

export function SessionControls() {
  const { data, isPending } = authClient.useSession();
  const pathname = usePathname();
  const router = useRouter();
  const [signingOut, setSigningOut] = useState(false);
  const t = useTranslations("session");

  if (isPending || !data)
    return <span className="h-8 w-24 animate-pulse rounded-lg bg-slate-100" aria-hidden="true" />;

  const next = encodeURIComponent(pathname.startsWith("/sign-") ? "/" : pathname);
  if (data.user.isAnonymous) {
    return (
      <div className="flex items-center gap-2 text-sm" data-testid="session-state">
        <span className="hidden items-center gap-1.5 rounded-full bg-slate-100 px-2.5 py-1 text-slate-600 sm:inline-flex">
          <span className="h-1.5 w-1.5 rounded-full bg-slate-400" />
          {t("guest")}
        </span>
        <Link
          href={`/sign-in?next=${next}`}
          className="rounded-lg px-2 py-1.5 font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 sm:px-2.5"
        >
          {t("signIn")}
        </Link>
        <Link
          href={`/sign-up?next=${next}`}
          className="rounded-lg bg-slate-900 px-3 py-1.5 font-medium whitespace-nowrap text-white shadow-sm hover:bg-slate-700"
        >
          {t("signUp")}
        </Link>
      </div>
    );
  }

  async function signOut() {
    setSigningOut(true);
    await authClient.signOut();
    forgetSession();
    setSigningOut(false);
    router.push("/");
    router.refresh();
  }

  return (
    <div className="flex items-center gap-2 text-sm" data-testid="session-state">
      <span className="hidden max-w-[16rem] truncate text-slate-600 sm:inline" title={data.user.email}>
        {data.user.email}
      </span>
      <button
        type="button"
        onClick={signOut}
        disabled={signingOut}
        className="rounded-lg border border-slate-200 px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
      >
        {signingOut ? t("signingOut") : t("signOut")}
      </button>
    </div>
  );
}
