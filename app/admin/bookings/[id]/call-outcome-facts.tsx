// What a call collected (its data-collection outcome): result, booked slot, requirements, price and summary.
import type { AdminCallDetail } from "@/lib/admin/bookings/booking-detail";
import { formatSlot } from "@/app/_components/format-time";

export function CallOutcomeFacts({ call, timeZone }: { call: AdminCallDetail; timeZone: string }) {
  const outcome = call.outcome;
  return (
    <div data-testid="call-outcome">
      <h4 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">Collected</h4>
      {outcome ? (
        <dl className="space-y-1 text-sm">
          <div className="flex gap-2">
            <dt className="w-24 shrink-0 text-slate-500">Result</dt>
            <dd className="text-slate-800">{outcome.status.replace("_", " ")}</dd>
          </div>
          {outcome.booked_slot && (
            <div className="flex gap-2">
              <dt className="w-24 shrink-0 text-slate-500">Booked slot</dt>
              <dd className="text-slate-800">{formatSlot(outcome.booked_slot, timeZone)}</dd>
            </div>
          )}
          <div className="flex gap-2">
            <dt className="w-24 shrink-0 text-slate-500">Needs</dt>
            <dd className="text-slate-800">
              {outcome.requirements.length > 0 ? outcome.requirements.join("; ") : "nothing"}
            </dd>
          </div>
          {outcome.price && (
            <div className="flex gap-2">
              <dt className="w-24 shrink-0 text-slate-500">Price</dt>
              <dd className="text-slate-800">{outcome.price}</dd>
            </div>
          )}
          {outcome.summary && (
            <div className="flex gap-2">
              <dt className="w-24 shrink-0 text-slate-500">Summary</dt>
              <dd className="text-slate-700">{outcome.summary}</dd>
            </div>
          )}
        </dl>
      ) : (
        <p className="text-sm text-slate-400">
          No outcome reported{call.status === "in_progress" ? " yet" : ""}.
        </p>
      )}
    </div>
  );
}
