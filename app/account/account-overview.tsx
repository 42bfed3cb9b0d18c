// The account page's content, as read on the server: email and verification, the consent (its text version and when
// it was given, or the form to give it), the answers agents may give, reminders, the phone and the hand-over, and
// today's allowance with when it resets.
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { ConsentForm } from "@/app/_components/consent-form";
import { formatDateTime } from "@/app/_components/format-time";
import { VerifyEmailNote } from "@/app/_components/resend-verification";
import { SectionCard } from "@/app/calendar/section-card";
import type { AfterBookingSettingsView } from "@/lib/account/after-booking-settings";
import type { PersonProfileView } from "@/lib/calls/questions/person-profile";
import type { AccountView } from "@/lib/guardrails/account";
import type { AllowanceItem } from "@/lib/guardrails/limits";
import { HandoverForm } from "./handover-form";
import { PersonDetailsForm } from "./person-details-form";
import { PhoneForms } from "./phone-forms";
import { RemindersForm } from "./reminders-form";

export function AccountOverview({
  account,
  profile,
  settings,
  zone,
}: {
  account: AccountView;
  profile: PersonProfileView;
  settings: AfterBookingSettingsView;
  /** The zone to show times in: the person's browser's. */
  zone: string;
}) {
  const t = useTranslations("account");
  const tConsent = useTranslations("consent");
  const locale = useLocale();
  return (
    <div className="flex flex-col gap-5" data-testid="account-overview">
      <SectionCard title={t("email")} testId="account-email">
        {account.is_anonymous ? (
          <p className="text-sm text-slate-600">
            {t.rich("guest", {
              link: (chunks) => (
                <Link
                  href="/sign-up?next=/account"
                  className="font-medium text-indigo-600 hover:text-indigo-500"
                >
                  {chunks}
                </Link>
              ),
            })}
          </p>
        ) : (
          <div className="flex flex-col gap-2 text-sm">
            <p className="text-slate-800">
              {account.email}{" "}
              <span
                data-testid="email-verified"
                data-verified={account.email_verified}
                className={`ml-1 rounded-full px-2 py-0.5 text-xs font-medium ${
                  account.email_verified ? "bg-emerald-50 text-emerald-700" : "bg-amber-50 text-amber-800"
                }`}
              >
                {account.email_verified ? t("verified") : t("notVerified")}
              </span>
            </p>
            {!account.email_verified && <VerifyEmailNote email={account.email!} callbackPath="/account" />}
          </div>
        )}
      </SectionCard>

      <SectionCard title={t("consentTitle")} description={t("consentDescription")} testId="account-consent">
        {account.consent.given_at ? (
          <div className="text-sm">
            <p className="text-slate-800" data-testid="consent-given">
              {t("consentGiven", {
                date: formatDateTime(account.consent.given_at, zone, locale),
                version: account.consent.version,
              })}
            </p>
            <blockquote className="mt-2 border-l-2 border-slate-200 pl-3 text-slate-600">
              {tConsent("text")}
            </blockquote>
          </div>
        ) : account.is_anonymous ? (
          <p className="text-sm text-slate-600">{t("consentNeedsAccount")}</p>
        ) : (
          <>
            {account.consent.previous && (
              <p className="mb-2 text-sm text-slate-600">
                {t("consentPrevious", {
                  version: account.consent.previous.version,
                  date: formatDateTime(account.consent.previous.given_at, zone, locale),
                })}
              </p>
            )}
            <ConsentForm consent={account.consent} />
          </>
        )}
      </SectionCard>

      <SectionCard
        title={t("answersTitle")}
        description={t("answersDescription")}
        testId="account-client-details"
      >
        <PersonDetailsForm profile={profile} />
      </SectionCard>

      <SectionCard
        title={t("remindersTitle")}
        description={t("remindersDescription")}
        testId="account-reminders"
      >
        <RemindersForm on={settings.appointment_reminders} emailVerified={account.email_verified} />
      </SectionCard>

      <SectionCard title={t("phoneTitle")} description={t("phoneDescription")} testId="account-phone">
        <PhoneForms verifiedPhone={settings.verified_phone} isGuest={account.is_anonymous} />
      </SectionCard>

      <SectionCard
        title={t("handoverTitle")}
        description={t("handoverDescription")}
        testId="account-handover"
      >
        <HandoverForm settings={settings} zone={zone} />
      </SectionCard>

      <SectionCard
        title={t("allowanceTitle")}
        description={t("allowanceDescription", {
          time: formatDateTime(account.allowance.resets_at, zone, locale),
        })}
        testId="account-allowance"
      >
        <dl className="grid gap-3 sm:grid-cols-3">
          <AllowanceFigure
            label={t("requests")}
            item={account.allowance.bookings}
            testId="allowance-bookings"
          />
          <AllowanceFigure label={t("calls")} item={account.allowance.calls} testId="allowance-calls" />
          <AllowanceFigure
            label={t("tokens")}
            item={account.allowance.llm_tokens}
            testId="allowance-tokens"
          />
        </dl>
      </SectionCard>
    </div>
  );
}

function AllowanceFigure({ label, item, testId }: { label: string; item: AllowanceItem; testId: string }) {
  const t = useTranslations("account");
  const locale = useLocale();
  return (
    <div className="rounded-xl bg-slate-50 p-3" data-testid={testId} data-left={item.left}>
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-slate-900">
        {item.left.toLocaleString(locale)}{" "}
        <span className="text-sm font-normal text-slate-500">{t("left")}</span>
      </dd>
      <dd className="text-xs text-slate-500">
        {t("used", { used: item.used.toLocaleString(locale), limit: item.limit.toLocaleString(locale) })}
      </dd>
    </div>
  );
}
