// The providers CallPilot did not call and why (closed, too far, no phone number...), folded away by default.
import { useTranslations } from "next-intl";
import type { BookingView } from "@/lib/booking/booking-view";
import { ServerSentence } from "@/app/_components/server-sentence";

export function SkippedProviders({ skipped }: { skipped: BookingView["skipped"] }) {
  const t = useTranslations("booking");
  if (skipped.length === 0) return null;
  return (
    <details
      data-testid="skipped-providers"
      className="group rounded-2xl border border-slate-200 bg-white shadow-sm"
    >
      <summary className="flex cursor-pointer list-none items-center justify-between px-4 py-3 text-sm font-medium text-slate-700">
        <span>{t("notCalled", { count: skipped.length })}</span>
        <span className="text-slate-400 transition group-open:rotate-180" aria-hidden="true">
          ▾
        </span>
      </summary>
      <ul className="divide-y divide-slate-100 border-t border-slate-100">
        {skipped.map((provider) => (
          <li
            key={provider.provider_id}
            className="flex flex-col gap-0.5 px-4 py-2.5 text-sm sm:flex-row sm:justify-between sm:gap-4"
          >
            <span className="font-medium text-slate-800">{provider.provider_name}</span>
            <span className="text-slate-500">
              <ServerSentence text={provider.reason} sentence={provider.reason_sentence} />
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
