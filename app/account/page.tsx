// /account – the person's account: their email and its verification, their consent to calls, the answers agents may
// give, reminders, their phone and the hand-over, and how much of today's allowance is left, read on the server
// (GET /api/account, /profile's and /settings' functions).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { viewerTimeZone } from "@/app/_components/viewer-time-zone";
import { afterBookingSettingsView } from "@/lib/account/after-booking-settings";
import { getCaller } from "@/lib/auth/session";
import { personProfileView } from "@/lib/calls/questions/person-profile";
import { accountView } from "@/lib/guardrails/account";
import { getRuntime } from "@/lib/runtime";
import { AccountOverview } from "./account-overview";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("account") };
}

export default async function AccountPage() {
  const requestHeaders = await headers();
  const caller = await getCaller(requestHeaders);
  const runtime = getRuntime();
  const [account, profile, settings] = caller
    ? await Promise.all([
        accountView(caller, runtime.dialer, runtime.clock),
        personProfileView(caller.userId),
        afterBookingSettingsView(caller.userId),
      ])
    : [null, null, null];
  const t = await getTranslations("account");
  return (
    <main className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6 lg:py-12">
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-500">{t("lead")}</p>
      </div>
      {account && profile && settings ? (
        <AccountOverview
          account={account}
          profile={profile}
          settings={settings}
          zone={viewerTimeZone(requestHeaders)}
        />
      ) : (
        // A first visit: the browser is starting a guest session, and the page renders again with it.
        <p role="status" className="text-sm text-slate-500" data-testid="account-starting">
          {t("starting")}
        </p>
      )}
    </main>
  );
}
