// Review mode: whether the business is holding its offer for the person, and until when (in the business's time).
import { useLocale, useTranslations } from "next-intl";
import type { HoldView } from "@/lib/booking/booking-view";
import { formatClock, formatSlot } from "@/app/_components/format-time";

// The sentence for each hold state (provider.hold*); a hold still being asked for says nothing.
const keys = {
  held: "heldUntil",
  expired: "holdExpired",
  declined: "holdDeclined",
  releasing: "holdReleasing",
  released: "holdReleased",
} as const;

export function HoldNote({ hold, timeZone }: { hold: HoldView | null; timeZone: string }) {
  const t = useTranslations("provider");
  const locale = useLocale();
  const key = hold && hold.status in keys ? keys[hold.status as keyof typeof keys] : null;
  if (!hold || !key) return null;
  const text = t(key, {
    until: formatClock(hold.held_until, timeZone, true, locale),
    slot: formatSlot(hold, timeZone, locale),
  });
  const tone =
    hold.status === "held"
      ? "bg-emerald-50 text-emerald-800 ring-emerald-200"
      : hold.status === "expired"
        ? "bg-amber-50 text-amber-800 ring-amber-200"
        : "bg-slate-50 text-slate-600 ring-slate-200";
  return (
    <p
      data-testid="hold-note"
      data-hold-status={hold.status}
      className={`rounded-lg px-3 py-2 text-sm ring-1 ring-inset ${tone}`}
    >
      {text}
    </p>
  );
}
