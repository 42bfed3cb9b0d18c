// How long a call has been running (ticking while live) or how long it lasted.
"use client";

import { useTranslations } from "next-intl";
import { formatElapsed } from "@/app/_components/format-time";
import { useNow } from "./use-now";

export function CallTimer(props: { startedAt: string | null; endedAt: string | null; live: boolean }) {
  const t = useTranslations("provider");
  const now = useNow(props.live);
  if (!props.startedAt) return null;
  // A live call's clock starts once the page runs in the browser (null before: the server's time is not ours).
  const end = props.endedAt ? Date.parse(props.endedAt) : props.live ? now : null;
  if (end === null) return null;
  return (
    <span
      data-testid="call-elapsed"
      className="font-mono text-xs text-slate-500 tabular-nums"
      title={props.live ? t("timeOnCall") : t("callLength")}
    >
      {formatElapsed(end - Date.parse(props.startedAt))}
    </span>
  );
}
