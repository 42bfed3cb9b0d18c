// The 404 page: an address that names nothing, or a request or booking that is not this person's (the same page, so
// it tells nobody which bookings exist).
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { StatusPage } from "./_components/status-page";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <StatusPage
      code={404}
      testId="not-found"
      tone="bg-slate-100 text-slate-600"
      title={t("title")}
      body={t("body")}
    >
      <Link
        href="/"
        className="rounded-xl bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-500"
      >
        {t("home")}
      </Link>
    </StatusPage>
  );
}
