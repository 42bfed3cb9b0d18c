// A business asked to speak with the person (issue 16): what it asked, and either that the call was put through to
// them or the business's number to call back, plainly.
import { useTranslations } from "next-intl";
import type { HandoverView } from "@/lib/booking/booking-view";
import { ServerSentence } from "@/app/_components/server-sentence";

export function HandoverNote({ handover }: { handover: HandoverView | null }) {
  const t = useTranslations("provider");
  if (!handover) return null;
  return (
    <div
      data-testid="handover-note"
      data-transferred={handover.transferred}
      className="space-y-1 rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-900 ring-1 ring-sky-200 ring-inset"
    >
      <p>
        <ServerSentence text={handover.text} sentence={handover.text_sentence} />
      </p>
      <p className="text-sky-800">{t("theySaid", { asked: handover.asked })}</p>
      {!handover.transferred && handover.business_phone && (
        <p>
          <a className="font-semibold underline" href={`tel:${handover.business_phone}`}>
            {t("callNumber", { phone: handover.business_phone })}
          </a>
        </p>
      )}
    </div>
  );
}
