// The account page's content, as read on the server: email and verification, the consent (its text version and when
// it was given, or the form to give it), the answers agents may give, reminders, the phone and the hand-over, and
// today's allowance with when it resets.
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
  return (
    <div className="flex flex-col gap-5" data-testid="account-overview">
      <SectionCard title="Email" testId="account-email">
        {account.is_anonymous ? (
          <p className="text-sm text-slate-600">
            You are using CallPilot as a guest.{" "}
            <Link href="/sign-up?next=/account" className="font-medium text-indigo-600 hover:text-indigo-500">
              Sign up
            </Link>{" "}
            to keep your requests and let CallPilot call real businesses for you.
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
                {account.email_verified ? "Verified" : "Not verified yet"}
              </span>
            </p>
            {!account.email_verified && <VerifyEmailNote email={account.email!} callbackPath="/account" />}
          </div>
        )}
      </SectionCard>

      <SectionCard
        title="Consent to calls"
        description="CallPilot calls businesses for you only with your consent, given once."
        testId="account-consent"
      >
        {account.consent.given_at ? (
          <div className="text-sm">
            <p className="text-slate-800" data-testid="consent-given">
              You agreed on {formatDateTime(account.consent.given_at, zone)} (text version{" "}
              {account.consent.version}):
            </p>
            <blockquote className="mt-2 border-l-2 border-slate-200 pl-3 text-slate-600">
              {account.consent.text}
            </blockquote>
          </div>
        ) : account.is_anonymous ? (
          <p className="text-sm text-slate-600">Sign up first: consent belongs to an account.</p>
        ) : (
          <>
            {account.consent.previous && (
              <p className="mb-2 text-sm text-slate-600">
                You agreed to an earlier version ({account.consent.previous.version}) on{" "}
                {formatDateTime(account.consent.previous.given_at, zone)}; the text has changed since.
              </p>
            )}
            <ConsentForm consent={account.consent} />
          </>
        )}
      </SectionCard>

      <SectionCard
        title="Answers agents may give"
        description="Receptionists often ask these. Filled in, the agent answers at once; left empty, you are asked live during the call."
        testId="account-client-details"
      >
        <PersonDetailsForm profile={profile} />
      </SectionCard>

      <SectionCard
        title="Appointment reminders"
        description="An email the evening before each booked appointment."
        testId="account-reminders"
      >
        <RemindersForm on={settings.appointment_reminders} emailVerified={account.email_verified} />
      </SectionCard>

      <SectionCard
        title="Your phone"
        description="Confirmed with a code we text to it. A business that insists on speaking to you can be put through to it."
        testId="account-phone"
      >
        <PhoneForms verifiedPhone={settings.verified_phone} isGuest={account.is_anonymous} />
      </SectionCard>

      <SectionCard
        title="Hand-over to you"
        description="When a business asks to speak with you during a call, the agent can put it through to your phone."
        testId="account-handover"
      >
        <HandoverForm settings={settings} zone={zone} />
      </SectionCard>

      <SectionCard
        title="Today's allowance"
        description={`Resets at midnight UTC (${formatDateTime(account.allowance.resets_at, zone)} your time).`}
        testId="account-allowance"
      >
        <dl className="grid gap-3 sm:grid-cols-3">
          <AllowanceFigure label="Requests" item={account.allowance.bookings} testId="allowance-bookings" />
          <AllowanceFigure label="Calls" item={account.allowance.calls} testId="allowance-calls" />
          <AllowanceFigure
            label="AI assistant tokens"
            item={account.allowance.llm_tokens}
            testId="allowance-tokens"
          />
        </dl>
      </SectionCard>
    </div>
  );
}

function AllowanceFigure({ label, item, testId }: { label: string; item: AllowanceItem; testId: string }) {
  return (
    <div className="rounded-xl bg-slate-50 p-3" data-testid={testId} data-left={item.left}>
      <dt className="text-xs font-medium text-slate-500">{label}</dt>
      <dd className="mt-1 text-lg font-semibold text-slate-900">
        {item.left.toLocaleString("en-US")} <span className="text-sm font-normal text-slate-500">left</span>
      </dd>
      <dd className="text-xs text-slate-500">
        {item.used.toLocaleString("en-US")} of {item.limit.toLocaleString("en-US")} used
      </dd>
    </div>
  );
}
