// One person's page content, drawn in the page's language: the way back, their name, email and its verification,
// their consent to calls, today's allowance, and the form for their daily limits.
import { useFormatter, useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import type { PersonDetail } from "@/lib/admin/people";
import { formatDateTime } from "@/app/_components/format-time";
import { cardClass, PageHeader } from "../../_components/page-header";
import { PersonLimitsForm } from "./person-limits-form";

export function PersonOverview({ person, zone }: { person: PersonDetail; zone: string }) {
  const t = useTranslations("adminPeople.person");
  const format = useFormatter();
  const locale = useLocale();
  const { allowance } = person;
  const identity = { email: person.email, date: formatDateTime(person.created_at, zone, locale) };

  return (
    <>
      <Link href="/admin/people" className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
        {t("back")}
      </Link>
      <div className="mt-3">
        <PageHeader
          title={person.name}
          description={
            person.email_verified ? t("descriptionVerified", identity) : t("descriptionNotVerified", identity)
          }
        />
      </div>
      <section className={`${cardClass} mb-5 p-5`}>
        <h2 className="font-semibold text-slate-900">{t("consentTitle")}</h2>
        <p className="mt-1 text-sm text-slate-600" data-testid="person-consent">
          {person.consent.given_at
            ? t("consentGiven", {
                date: formatDateTime(person.consent.given_at, zone, locale),
                version: person.consent.version,
              })
            : person.consent.previous
              ? t("consentPrevious", { version: person.consent.previous.version })
              : t("consentNone")}
        </p>
      </section>
      <section className={`${cardClass} mb-5 p-5`}>
        <h2 className="font-semibold text-slate-900">{t("todayTitle", { day: allowance.day })}</h2>
        <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-3" data-testid="person-allowance">
          {(
            [
              [t("requests"), allowance.bookings],
              [t("calls"), allowance.calls],
              [t("tokens"), allowance.llm_tokens],
            ] as const
          ).map(([label, item]) => (
            <div key={label} className="rounded-xl bg-slate-50 p-3">
              <dt className="text-xs text-slate-500">{label}</dt>
              <dd className="font-semibold text-slate-900">
                {t("used", { used: format.number(item.used), limit: format.number(item.limit) })}
              </dd>
              <dd className="text-xs text-slate-500">{t("left", { left: format.number(item.left) })}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className={`${cardClass} p-5`}>
        <h2 className="font-semibold text-slate-900">{t("limitsTitle")}</h2>
        <p className="mt-1 text-sm text-slate-500">{t("limitsDescription")}</p>
        <PersonLimitsForm
          personId={person.id}
          initial={{
            bookings_per_day: allowance.custom.bookingsPerDay ? allowance.bookings.limit : null,
            calls_per_day: allowance.custom.callsPerDay ? allowance.calls.limit : null,
            llm_tokens_per_day: allowance.custom.llmTokensPerDay ? allowance.llm_tokens.limit : null,
          }}
        />
      </section>
    </>
  );
}
