// /calendar – the person's calendar: when they are busy (by hand, imported, subscribed, Google), and their private
// feed, read on the server so the first HTML already shows it (a visitor without a session sees the empty page).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { viewerTimeZone } from "@/app/_components/viewer-time-zone";
import { getCaller } from "@/lib/auth/session";
import { calendarOverview, emptyCalendarOverview } from "@/lib/calendar/calendar-overview";
import { publicBaseUrlOf } from "@/lib/calendar/public-url";
import { getRuntime } from "@/lib/runtime";
import { CalendarWorkspace } from "./calendar-workspace";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("calendar") };
}

export default async function CalendarPage({ searchParams }: { searchParams: Promise<{ google?: string }> }) {
  const { google } = await searchParams;
  const requestHeaders = await headers();
  const caller = await getCaller(requestHeaders);
  const overview = caller
    ? await calendarOverview(caller.userId, publicBaseUrlOf(requestHeaders), getRuntime().clock)
    : emptyCalendarOverview();
  const t = await getTranslations("calendar");
  return (
    <main className="mx-auto w-full max-w-4xl px-4 py-8 sm:px-6 lg:py-12">
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-500">{t("lead")}</p>
      </div>
      <CalendarWorkspace
        overview={overview}
        timeZone={viewerTimeZone(requestHeaders)}
        signedIn={caller !== null}
        googleOutcome={google === "connected" || google === "failed" ? google : null}
      />
    </main>
  );
}
