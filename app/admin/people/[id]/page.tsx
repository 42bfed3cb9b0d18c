// /admin/people/{id} – one person: email verification, consent (version, time), today's allowance, and the form to
// raise or lower their daily limits (each change goes to the audit log).
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { adminTimeZone } from "@/lib/admin/admin-time";
import { requireAdminPage } from "@/lib/admin/page-access";
import { loadPersonDetail, type PersonDetail } from "@/lib/admin/people";
import { AppError } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime";
import { formatDateTime } from "@/app/_components/format-time";
import { cardClass, PageHeader } from "../../_components/page-header";
import { PersonLimitsForm } from "./person-limits-form";

export const metadata: Metadata = { title: "Person" };

export default async function AdminPersonPage(props: { params: Promise<{ id: string }> }) {
  const { id } = await props.params;
  await requireAdminPage(`/admin/people/${id}`);
  let person: PersonDetail;
  try {
    person = await loadPersonDetail(id, getRuntime().clock);
  } catch (error) {
    if (error instanceof AppError && error.type === "not_found") notFound();
    throw error;
  }
  const zone = adminTimeZone();
  const { allowance } = person;

  return (
    <main className="max-w-3xl" data-testid="admin-person" data-person-id={person.id}>
      <Link href="/admin/people" className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
        ← People
      </Link>
      <div className="mt-3">
        <PageHeader
          title={person.name}
          description={
            <>
              {person.email} · {person.email_verified ? "email verified" : "email not verified"} · joined{" "}
              {formatDateTime(person.created_at, zone)}
            </>
          }
        />
      </div>
      <section className={`${cardClass} mb-5 p-5`}>
        <h2 className="font-semibold text-slate-900">Consent to calls</h2>
        <p className="mt-1 text-sm text-slate-600" data-testid="person-consent">
          {person.consent.given_at
            ? `Given on ${formatDateTime(person.consent.given_at, zone)} (text version ${person.consent.version}).`
            : person.consent.previous
              ? `Only an earlier version (${person.consent.previous.version}) was agreed to; no real calls until the current one is.`
              : "Not given: CallPilot places no real calls for this person."}
        </p>
      </section>
      <section className={`${cardClass} mb-5 p-5`}>
        <h2 className="font-semibold text-slate-900">Today (UTC day {allowance.day})</h2>
        <dl className="mt-3 grid gap-3 text-sm sm:grid-cols-3" data-testid="person-allowance">
          {(
            [
              ["Requests", allowance.bookings],
              ["Calls", allowance.calls],
              ["AI assistant tokens", allowance.llm_tokens],
            ] as const
          ).map(([label, item]) => (
            <div key={label} className="rounded-xl bg-slate-50 p-3">
              <dt className="text-xs text-slate-500">{label}</dt>
              <dd className="font-semibold text-slate-900">
                {item.used.toLocaleString("en-US")} of {item.limit.toLocaleString("en-US")} used
              </dd>
              <dd className="text-xs text-slate-500">{item.left.toLocaleString("en-US")} left</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className={`${cardClass} p-5`}>
        <h2 className="font-semibold text-slate-900">Daily limits</h2>
        <p className="mt-1 text-sm text-slate-500">
          Leave a field empty to use the configured default. Changes apply at once and are written to the
          audit log.
        </p>
        <PersonLimitsForm
          personId={person.id}
          initial={{
            bookings_per_day: allowance.custom.bookingsPerDay ? allowance.bookings.limit : null,
            calls_per_day: allowance.custom.callsPerDay ? allowance.calls.limit : null,
            llm_tokens_per_day: allowance.custom.llmTokensPerDay ? allowance.llm_tokens.limit : null,
          }}
        />
      </section>
    </main>
  );
}
