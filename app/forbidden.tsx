// The 403 page: shown (with HTTP 403) when a signed-in person opens a page their account may not use (/admin).
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { StatusPage } from "./_components/status-page";

export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <StatusPage
      code={403}
      testId="forbidden"
      tone="bg-rose-50 text-rose-600"
      title={t("title")}
      body={t("body")}
    >
      <Link
        href="/bookings"
        className="rounded-xl bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-500"
      >
        {t("bookings")}
      </Link>
      <Link href="/" className="rounded-xl px-4 py-2 font-medium text-slate-700 hover:bg-slate-100">
        {t("home")}
      </Link>
    </StatusPage>
  );
}
