// Google Calendar, shown only when the server has Google OAuth configured: connect (busy times are read, booked
// appointments are added; a link, since Google's consent page is a redirect away) or disconnect (a server action).
"use client";

import { useTranslations } from "next-intl";
import type { GoogleCalendarStatus } from "@/lib/calendar/google/google-connection";
import { useFormAction } from "@/app/_components/use-form-action";
import { disconnectGoogleAction } from "./actions";
import { buttonClass, ErrorNote, quietButtonClass, SectionCard } from "./section-card";

export function GoogleCalendarPanel({
  status,
  outcome,
}: {
  status: GoogleCalendarStatus;
  outcome: "connected" | "failed" | null;
}) {
  const t = useTranslations("calendar");
  const {
    state: disconnected,
    formAction: disconnect,
    pending: disconnecting,
  } = useFormAction(disconnectGoogleAction);
  return (
    <SectionCard title="Google Calendar" description={t("googleDescription")} testId="google-calendar">
      {status.connected ? (
        <form action={disconnect} className="flex flex-wrap items-center gap-3">
          <span className="inline-flex items-center gap-1.5 rounded-full bg-emerald-50 px-3 py-1 text-sm font-medium text-emerald-700">
            {t("connected")}
          </span>
          <button type="submit" className={quietButtonClass} disabled={disconnecting}>
            {disconnecting ? t("disconnecting") : t("disconnect")}
          </button>
        </form>
      ) : (
        <a href="/api/calendar/google/connect" className={buttonClass} data-testid="connect-google">
          {t("connectGoogle")}
        </a>
      )}
      {status.last_error && <ErrorNote message={status.last_error} />}
      <ErrorNote message={outcome === "failed" ? t("googleFailed") : null} />
      <ErrorNote message={disconnected.status === "error" ? disconnected.error : null} />
    </SectionCard>
  );
}
