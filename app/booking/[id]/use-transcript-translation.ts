// Asks the server for translations of the transcript lines not spoken in the page's language (issue 17), a batch at a
// time, while such lines keep arriving. The translations come back as events, folded into the calls' activity like
// the stream's own. Offline (no LLM) nothing is asked: each line stays as spoken, labelled with its language.
"use client";

import { useEffect, useState } from "react";
import { needsTranslationInto, type CallLanguage } from "@/lib/providers/provider-language";
import type { ActivityByCall, CallEvent } from "./call-activity";
import { translateTranscriptLines } from "./actions";

/** Why translations stopped, when they did: the page says so once. */
export type TranslationPause = "over_budget" | "failed" | null;

// New lines are gathered for a moment so a live call's lines go in batches, not one request per line.
const gatherMs = 1_200;
// After a failure, the next try comes a little later; after two in a row the page stops asking until it is reloaded.
const retryAfterFailureMs = 15_000;

export function useTranscriptTranslation(input: {
  bookingId: string;
  activity: ActivityByCall;
  language: CallLanguage;
  available: boolean;
  addEvents: (events: CallEvent[]) => void;
}): TranslationPause {
  const { bookingId, activity, language, available, addEvents } = input;
  const [pause, setPause] = useState<TranslationPause>(null);
  const [failures, setFailures] = useState(0);
  const [inFlight, setInFlight] = useState(false);
  // The lines the server last had nothing to translate for (another tab translated them a moment ago, say): asking
  // again for the same lines would only repeat that answer.
  const [answeredNothingFor, setAnsweredNothingFor] = useState<string | null>(null);
  const waiting = untranslatedLines(activity, language);

  useEffect(() => {
    const stopped = pause === "over_budget" || failures > 1;
    if (!available || inFlight || waiting === "" || waiting === answeredNothingFor || stopped) return;
    const timer = setTimeout(
      async () => {
        setInFlight(true);
        const failed = () => {
          setFailures((count) => count + 1);
          setPause("failed");
        };
        try {
          const state = await translateTranscriptLines({ booking_id: bookingId, language });
          if (state.status !== "ok") return failed();
          addEvents(state.data.events);
          if (state.data.state === "over_budget") setPause("over_budget");
          else if (state.data.state === "failed") failed();
          else if (state.data.state === "translated") {
            setPause(null);
            setFailures(0);
            if (state.data.translated === 0) setAnsweredNothingFor(waiting);
          }
        } catch {
          failed();
        } finally {
          setInFlight(false);
        }
      },
      failures > 0 ? retryAfterFailureMs : gatherMs,
    );
    return () => clearTimeout(timer);
  }, [available, inFlight, waiting, answeredNothingFor, pause, failures, bookingId, language, addEvents]);

  return available ? pause : null;
}

/** The ids of the lines waiting for a translation into `language`, as one string ("" for none). */
function untranslatedLines(activity: ActivityByCall, language: CallLanguage): string {
  const ids: number[] = [];
  for (const call of Object.values(activity))
    for (const line of call.transcript)
      if (needsTranslationInto(line, language) && !line.translations?.[language]) ids.push(line.id);
  return ids.sort((a, b) => a - b).join(",");
}
