// The private feed of the person's booked appointments: create, copy, replace (the old URL stops working) or revoke.
"use client";

import { useState } from "react";
import type { FeedView } from "@/lib/calendar/booking-feed";
import { apiFetch, apiRequest } from "@/app/_components/api-request";
import { buttonClass, ErrorNote, inputClass, quietButtonClass, SectionCard } from "./section-card";

type Change = (work: () => Promise<unknown>) => Promise<string | null>;

export function FeedPanel({ feed, change }: { feed: FeedView; change: Change }) {
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const issue = async () =>
    setError(await change(() => apiRequest("/api/calendar/feed", { method: "POST" })));

  return (
    <SectionCard
      title="Your appointments in any calendar app"
      description="A private address listing every appointment CallPilot books for you. Anyone with it can see them, so keep it to yourself."
      testId="calendar-feed"
    >
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
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
          <div className="mt-2 flex gap-1">
            <button
              type="button"
              className={quietButtonClass}
              onClick={() => void issue()}
              data-testid="regenerate-feed"
            >
              New address
            </button>
            <button
              type="button"
              className={quietButtonClass}
              data-testid="revoke-feed"
              onClick={async () =>
                setError(await change(() => apiFetch("/api/calendar/feed", { method: "DELETE" })))
              }
            >
              Turn off
            </button>
          </div>
        </>
      ) : (
        <button type="button" className={buttonClass} onClick={() => void issue()} data-testid="create-feed">
          Create my calendar address
        </button>
      )}
      <ErrorNote message={error} />
    </SectionCard>
  );
}
