// What a call collected (its data-collection outcome): result, booked slot, requirements, price and summary. The
// requirements, price and summary are the call's own words, shown as reported.
import { getLocale, getTranslations } from "next-intl/server";
import type { AdminCallDetail } from "@/lib/admin/bookings/booking-detail";
import { formatSlot } from "@/app/_components/format-time";

export async function CallOutcomeFacts({ call, timeZone }: { call: AdminCallDetail; timeZone: string }) {
  // The result is labelled outcome.{status}.
  const [t, locale] = await Promise.all([getTranslations("adminBookings.outcome"), getLocale()]);
  const outcome = call.outcome;
  return (
    <div data-testid="call-outcome">
      <h4 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("heading")}</h4>
      {outcome ? (
        <dl className="space-y-1 text-sm">
          <div className="flex gap-2">
            <dt className="w-24 shrink-0 text-slate-500">{t("result")}</dt>
            <dd className="text-slate-800">{t(outcome.status)}</dd>
          </div>
          {outcome.booked_slot && (
            <div className="flex gap-2">
              <dt className="w-24 shrink-0 text-slate-500">{t("bookedSlot")}</dt>
              <dd className="text-slate-800">{formatSlot(outcome.booked_slot, timeZone, locale)}</dd>
            </div>
          )}
          <div className="flex gap-2">
            <dt className="w-24 shrink-0 text-slate-500">{t("needs")}</dt>
            <dd className="text-slate-800">
              {outcome.requirements.length > 0 ? outcome.requirements.join("; ") : t("nothing")}
            </dd>
          </div>
          {outcome.price && (
            <div className="flex gap-2">
              <dt className="w-24 shrink-0 text-slate-500">{t("price")}</dt>
              <dd className="text-slate-800">{outcome.price}</dd>
            </div>
          )}
          {outcome.summary && (
            <div className="flex gap-2">
              <dt className="w-24 shrink-0 text-slate-500">{t("summary")}</dt>
              <dd className="text-slate-700">{outcome.summary}</dd>
            </div>
          )}
        </dl>
      ) : (
        <p className="text-sm text-slate-400">{t(call.status === "in_progress" ? "noneYet" : "none")}</p>
      )}
    </div>
  );
}
