// Folds the booking's call events into what each call's card shows live: its transcript lines, whether it is
// ringing or answered right now, and any warnings. The booking view carries everything else.

// Types only: the vocabulary module reads the database schema, which has no place in the browser bundle.
import type { CallProgress, StreamedCallEvent } from "@/lib/calls/call-event";
import type { CallLanguage } from "@/lib/providers/provider-language";
import type { Sentence } from "@/lib/sentences/sentence-schema";

export type CallEvent = StreamedCallEvent;
export type { CallProgress };

export interface TranscriptLine {
  /** The event's number in the booking's log (its seq). */
  id: number;
  callId: string;
  role: "agent" | "business" | "system";
  text: string;
  at: string;
  /** The language the line was spoken in when not English (a call to a business abroad, issue 17). */
  language?: CallLanguage;
  /** The line put into other languages, for a person who reads the page in one of them. */
  translations?: Partial<Record<CallLanguage, string>>;
  /** A note CallPilot wrote (a key pressed, an answer passed on), which the page says in its own language. */
  sentence?: Sentence;
}

export interface CallActivity {
  transcript: TranscriptLine[];
  /** The latest live progress on the line; null before it rings or once the call moved on. */
  progress: CallProgress | null;
  /** Notes about how the call ended, each in English with the sentence the page says in its language. */
  warnings: Array<{ message: string; sentence?: Sentence }>;
}

export type ActivityByCall = Record<string, CallActivity>;

const emptyActivity: CallActivity = { transcript: [], progress: null, warnings: [] };
const progressStatuses: readonly string[] = ["ringing", "answered", "on_hold"] satisfies CallProgress[];

export function addCallEvent(activity: ActivityByCall, event: CallEvent): ActivityByCall {
  if (!event.call_id) return activity;
  const current = activity[event.call_id] ?? emptyActivity;
  const next = applyEvent(current, event);
  return next === current ? activity : { ...activity, [event.call_id]: next };
}

function applyEvent(current: CallActivity, event: CallEvent): CallActivity {
  switch (event.type) {
    case "transcript": {
      if (current.transcript.some((line) => line.id === event.seq)) return current;
      // System lines: notes on the call, such as the client's answer to a receptionist's question.
      const line = {
        id: event.seq,
        callId: event.call_id!,
        role: event.payload.role,
        text: event.payload.text,
        at: event.at,
        ...(event.payload.language ? { language: event.payload.language } : {}),
        ...(event.payload.sentence ? { sentence: event.payload.sentence } : {}),
      } satisfies TranscriptLine;
      return { ...current, transcript: [...current.transcript, line] };
    }
    case "transcript_translated": {
      const { of_seq, language, text } = event.payload;
      const index = current.transcript.findIndex((line) => line.id === of_seq);
      if (index === -1 || current.transcript[index].translations?.[language] === text) return current;
      const transcript = [...current.transcript];
      const line = transcript[index];
      transcript[index] = { ...line, translations: { ...line.translations, [language]: text } };
      return { ...current, transcript };
    }
    case "call_status": {
      const status = event.payload.status;
      return { ...current, progress: progressStatuses.includes(status) ? (status as CallProgress) : null };
    }
    case "call_ended":
      return { ...current, progress: null };
    case "warning":
      return { ...current, warnings: [...current.warnings, event.payload] };
    default:
      return current;
  }
}

/** What a provider's card shows across all of its calls (an inquiry, its retries, a confirmation call). */
export function activityForCalls(
  activity: ActivityByCall,
  callIds: Iterable<string>,
  latestCallId: string,
): CallActivity {
  const calls = [...new Set(callIds)]
    .map((id) => activity[id])
    .filter((item): item is CallActivity => Boolean(item));
  return {
    transcript: calls.flatMap((call) => call.transcript).sort((a, b) => a.id - b.id),
    progress: activity[latestCallId]?.progress ?? null,
    warnings: calls.flatMap((call) => call.warnings),
  };
}
