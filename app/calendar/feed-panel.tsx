// The private feed of the person's booked appointments: create, copy, replace (the old URL stops working) or revoke.
"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionState } from "@/lib/actions/action-state";
import type { FeedView } from "@/lib/calendar/booking-feed";
import { useFormAction } from "@/app/_components/use-form-action";
import { issueFeedAction, revokeFeedAction } from "./actions";
import { buttonClass, ErrorNote, inputClass, quietButtonClass, SectionCard } from "./section-card";

const errorOf = (state: ActionState<unknown>) => (state.status === "error" ? state.error : null);

export function FeedPanel({ feed, signedIn }: { feed: FeedView; signedIn: boolean }) {
  const t = useTranslations("calendar");
  const { state: issued, formAction: issue, pending: issuing } = useFormAction(issueFeedAction);
  const { state: revoked, formAction: revoke, pending: revoking } = useFormAction(revokeFeedAction);
  const [copied, setCopied] = useState(false);

  return (
    <SectionCard title={t("feedTitle")} description={t("feedDescription")} testId="calendar-feed">
      {feed.url ? (
        <>
          <div className="flex flex-col gap-2 sm:flex-row">
            <input
              readOnly
              value={feed.url}
              className={`${inputClass} font-mono text-xs`}
              data-testid="feed-url"
              onFocus={(e) => e.target.select()}
            />
            <button
              type="button"
              className={`${buttonClass} shrink-0`}
              onClick={async () => {
                await navigator.clipboard?.writeText(feed.url!);
                setCopied(true);
              }}
            >
              {copied ? t("copied") : t("copy")}
            </button>
          </div>
          <div className="mt-2 flex gap-1">
            <form action={issue}>
              <button
                type="submit"
                className={quietButtonClass}
                disabled={issuing || revoking}
                data-testid="regenerate-feed"
              >
                {issuing ? t("replacing") : t("newAddress")}
              </button>
            </form>
            <form action={revoke}>
              <button
                type="submit"
                className={quietButtonClass}
                disabled={issuing || revoking}
                data-testid="revoke-feed"
              >
                {revoking ? t("turningOff") : t("turnOff")}
              </button>
            </form>
          </div>
        </>
      ) : (
        <form action={issue}>
          <button
            type="submit"
            className={buttonClass}
            disabled={issuing || !signedIn}
            data-testid="create-feed"
          >
            {issuing ? t("creating") : t("create")}
          </button>
        </form>
      )}
      <ErrorNote message={errorOf(issued) ?? errorOf(revoked)} />
    </SectionCard>
  );
}
