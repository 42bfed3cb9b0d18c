// The landing page: what CallPilot does, how it works in three steps, and the way in.
import { getTranslations } from "next-intl/server";
import Link from "next/link";

const steps = ["step1", "step2", "step3"] as const;

export default async function HomePage() {
  const t = await getTranslations("home");
  return (
    <main className="relative overflow-hidden">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-x-0 -top-40 h-[28rem] bg-[radial-gradient(ellipse_at_top,var(--color-indigo-100),transparent_65%)]"
      />
      <section className="relative mx-auto max-w-4xl px-4 pt-20 pb-16 text-center sm:px-6 sm:pt-28">
        <p className="mx-auto mb-5 inline-flex items-center gap-2 rounded-full border border-indigo-100 bg-white/80 px-3 py-1 text-xs font-medium text-indigo-700 shadow-sm">
          <span className="h-1.5 w-1.5 rounded-full bg-emerald-500" />
          {t("badge")}
        </p>
        <h1 className="text-4xl font-semibold tracking-tight text-balance text-slate-900 sm:text-6xl">
          {t("title")}
        </h1>
        <p className="mx-auto mt-6 max-w-2xl text-lg text-pretty text-slate-600">{t("lead")}</p>
        <div className="mt-10 flex flex-col items-center justify-center gap-3 sm:flex-row">
          <Link
            href="/chat"
            data-testid="start-request"
            className="inline-flex items-center gap-2 rounded-xl bg-indigo-600 px-6 py-3 text-base font-semibold text-white shadow-lg shadow-indigo-600/25 transition hover:bg-indigo-500"
          >
            {t("start")}
            <span aria-hidden="true">→</span>
          </Link>
          <Link
            href="/bookings"
            className="rounded-xl px-5 py-3 text-base font-medium text-slate-700 hover:bg-white"
          >
            {t("seeBookings")}
          </Link>
        </div>
      </section>

      <section className="relative mx-auto max-w-5xl px-4 pb-24 sm:px-6" aria-labelledby="how-it-works">
        <h2
          id="how-it-works"
          className="mb-6 text-center text-sm font-semibold tracking-wider text-slate-500 uppercase"
        >
          {t("howItWorks")}
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step} className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
              <span className="flex h-9 w-9 items-center justify-center rounded-full bg-indigo-50 text-sm font-semibold text-indigo-700">
                {index + 1}
              </span>
              <h3 className="mt-4 font-semibold text-slate-900">{t(`${step}Title`)}</h3>
              <p className="mt-2 text-sm leading-6 text-slate-600">{t(`${step}Body`)}</p>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
