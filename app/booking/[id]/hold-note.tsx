// Review mode: whether the business is holding its offer for the person, and until when (in the business's time).
import type { HoldView } from "@/lib/booking/booking-view";
import { formatClock, formatSlot } from "@/app/_components/format-time";

const texts: Partial<Record<HoldView["status"], (hold: HoldView, timeZone: string) => string>> = {
  held: (hold, zone) =>
    `Held for you until ${formatClock(hold.held_until, zone, true)}: ${formatSlot(hold, zone)}`,
  expired: (hold, zone) =>
    `Their hold on ${formatSlot(hold, zone)} ran out at ${formatClock(hold.held_until, zone, true)}; choosing it re-checks it on the confirmation call.`,
  declined: () => "They did not agree to hold the slot.",
  releasing: () => "Telling them the held slot is no longer needed…",
  released: () => "They were told the held slot is no longer needed.",
};

export function HoldNote({ hold, timeZone }: { hold: HoldView | null; timeZone: string }) {
  const text = hold && texts[hold.status]?.(hold, timeZone);
  if (!hold || !text) return null;
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
