// /admin/do-not-call – numbers CallPilot never dials: add one (any format, saved as E.164) or remove it, and review
// the opt-outs heard on calls (confirm one to list its number for everyone).
import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/admin/page-access";
import { adminTimeZone } from "@/lib/admin/admin-time";
import { listDoNotCall } from "@/lib/do-not-call/do-not-call-list";
import { listOptOutsToReview } from "@/lib/do-not-call/opt-out-review";
import { formatDateTime } from "@/app/_components/format-time";
import { AdminTable } from "../_components/admin-table";
import { NumberRow } from "./number-row";
import { cardClass, PageHeader } from "../_components/page-header";
import { AddNumberForm, RemoveNumberButton } from "./do-not-call-forms";
import { PendingOptOuts } from "./pending-opt-outs";

export const metadata: Metadata = { title: "Do-not-call list" };

export default async function DoNotCallPage() {
  await requireAdminPage("/admin/do-not-call");
  const [entries, pending] = await Promise.all([listDoNotCall(), listOptOutsToReview()]);
  const timeZone = adminTimeZone();
  return (
    <main data-testid="admin-do-not-call">
      <PageHeader
        title="Do-not-call list"
        description="The dispatcher never dials these numbers, whether a business has them or a redirect would ring them: such a call ends as failed, saying why, and is never retried."
      />
      <div className="grid gap-5 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <section className={`${cardClass} h-fit p-5`} aria-labelledby="add-number">
          <h2 id="add-number" className="mb-3 font-semibold text-slate-900">
            Add a number
          </h2>
          <AddNumberForm />
        </section>
        <div className="flex min-w-0 flex-col gap-5">
          <PendingOptOuts optOuts={pending} timeZone={timeZone} />
          <section className={`${cardClass} overflow-hidden`} aria-labelledby="numbers">
            <h2 id="numbers" className="border-b border-slate-100 px-4 py-3 font-semibold text-slate-900">
              {entries.length} number{entries.length === 1 ? "" : "s"}
            </h2>
            <AdminTable
              bare
              columns={["Number", "Why and who", { label: "", className: "w-24" }]}
              rows={entries}
              empty="The list is empty."
              testId="do-not-call-list"
              row={(entry) => (
                <NumberRow
                  key={entry.phone}
                  phone={entry.phone}
                  testId="do-not-call-entry"
                  actions={<RemoveNumberButton phone={entry.phone} />}
                >
                  {entry.reason && <p className="text-slate-600">{entry.reason}</p>}
                  <p className="text-xs text-slate-400">
                    Added {formatDateTime(entry.createdAt.toISOString(), timeZone)}
                    {entry.addedByEmail && ` by ${entry.addedByEmail}`}
                    {entry.sourceCallId && (
                      <>
                        {" "}
                        confirmed: the business asked on{" "}
                        {entry.sourceBookingId ? (
                          <Link
                            href={`/admin/bookings/${entry.sourceBookingId}#${entry.sourceCallId}`}
                            className="text-indigo-600 hover:text-indigo-500"
                            data-testid="do-not-call-source"
                          >
                            this call
                          </Link>
                        ) : (
                          "a call"
                        )}
                      </>
                    )}
                  </p>
                  {entry.providers.length > 0 && (
                    <p className="mt-1 text-xs text-slate-500">
                      Used by{" "}
                      {entry.providers.map((provider, index) => (
                        <span key={provider.id}>
                          {index > 0 && ", "}
                          <Link
                            href={`/admin/providers/${provider.id}`}
                            className="text-indigo-600 hover:text-indigo-500"
                          >
                            {provider.name}
                          </Link>
                        </span>
                      ))}
                    </p>
                  )}
                </NumberRow>
              )}
            />
          </section>
        </div>
      </div>
    </main>
  );
}
