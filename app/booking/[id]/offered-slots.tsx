// The slots a business offered, each marked as fitting (✓) or not (✗, with the reason), in its own time zone.
import { useLocale, useTranslations } from "next-intl";
import type { ProviderResult } from "@/lib/booking/booking-view";
import { formatSlot } from "@/app/_components/format-time";
import { ServerSentence } from "@/app/_components/server-sentence";

export function OfferedSlots(props: {
  slots: ProviderResult["offered_slots"];
  timeZone: string;
  bookedStart: string | null;
}) {
  const t = useTranslations("provider");
  const locale = useLocale();
  if (props.slots.length === 0) return null;
  return (
    <div>
      <h4 className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("offered")}</h4>
      <ul className="space-y-1 text-sm" data-testid="offered-slots">
        {props.slots.map((slot) => {
          const booked =
            props.bookedStart !== null && Date.parse(slot.start) === Date.parse(props.bookedStart);
          return (
            <li
              key={slot.start}
              data-testid="offered-slot"
              data-fits={slot.fits}
              className="flex items-start gap-2"
            >
              <span
                aria-label={slot.fits ? t("fits") : t("doesNotFit")}
                className={`mt-0.5 flex h-4 w-4 shrink-0 items-center justify-center rounded-full text-[10px] font-bold ${
                  slot.fits ? "bg-emerald-100 text-emerald-700" : "bg-rose-100 text-rose-600"
                }`}
              >
                {slot.fits ? "✓" : "✗"}
              </span>
              <span className={slot.fits ? "text-slate-800" : "text-slate-500"}>
                {formatSlot(slot, props.timeZone, locale)}
                {booked && (
                  <span className="ml-2 rounded bg-emerald-600 px-1.5 py-px text-[10px] font-semibold text-white uppercase">
                    {t("booked")}
                  </span>
                )}
                {!slot.fits && slot.reason && (
                  <span className="block text-xs text-rose-600">
                    <ServerSentence text={slot.reason} sentence={slot.reason_sentence} />
                  </span>
                )}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
