// The opt-outs heard on calls that wait for an admin: the business's own words, the call and the person it was for.
// Until confirmed, only that person's calls skip the number; confirming lists it for everyone.
import Link from "next/link";
import type { PendingOptOut } from "@/lib/do-not-call/opt-out-review";
import { formatDateTime } from "@/app/_components/format-time";
import { AdminTable } from "../_components/admin-table";
import { NumberRow } from "./number-row";
import { cardClass } from "../_components/page-header";
import { ReviewOptOutButtons } from "./do-not-call-forms";

export function PendingOptOuts({ optOuts, timeZone }: { optOuts: PendingOptOut[]; timeZone: string }) {
  if (optOuts.length === 0) return null;
  return (
    <section className={`${cardClass} overflow-hidden`} aria-labelledby="pending-review">
      <h2 id="pending-review" className="border-b border-slate-100 px-4 py-3 font-semibold text-slate-900">
        {optOuts.length} opt-out{optOuts.length === 1 ? "" : "s"} waiting for review
      </h2>
      <p className="px-4 pt-3 text-xs text-slate-500">
        A business asked on a call not to be called again. Until you confirm, only the calls of the person the
        call was for skip the number; confirm to list it for everyone, or dismiss it if the words were not the
        business&apos;s own request.
      </p>
      <AdminTable
        bare
        columns={["Number", "What the business said", { label: "", className: "w-40" }]}
        rows={optOuts}
        empty="No opt-out waits for review."
        testId="opt-outs-pending"
        row={(optOut) => (
          <NumberRow
            key={optOut.callId}
            phone={optOut.phone}
            testId="opt-out-pending"
            actions={<ReviewOptOutButtons phone={optOut.phone} />}
          >
            <blockquote className="border-l-2 border-slate-200 pl-2 text-slate-700">
              “{optOut.evidence}”
            </blockquote>
            <p className="mt-1 text-xs text-slate-400">
              Heard {formatDateTime(optOut.createdAt.toISOString(), timeZone)} on{" "}
              <Link
                href={`/admin/bookings/${optOut.bookingId}#${optOut.callId}`}
                className="text-indigo-600 hover:text-indigo-500"
              >
                this call
              </Link>
              {optOut.requestedByEmail && ` for ${optOut.requestedByEmail}`}
              {optOut.providers.length > 0 && ` · ${optOut.providers.map((p) => p.name).join(", ")}`}
            </p>
          </NumberRow>
        )}
      />
    </section>
  );
}
