// Questions a receptionist is asking the person right now, as highlighted cards with an answer box. A new question
// also plays a short two-tone chime (Web Audio, no sound file), since the person may be looking elsewhere.
"use client";

import { useTranslations } from "next-intl";
import { useActionState, useEffect, useOptimistic, useRef, useState } from "react";
import { fieldError, idleState, type ActionState } from "@/lib/actions/action-state";
import type { BookingView } from "@/lib/booking/booking-view";
import type { QuestionView } from "@/lib/calls/questions/question-view";
import { answerLiveQuestion } from "./actions";

type AnswerState = ActionState<QuestionView>;

export function LiveQuestions({ view }: { view: BookingView }) {
  const t = useTranslations("questions");
  const open = view.questions.filter((question) => question.status === "open");
  useChimeOnNewQuestion(open.map((question) => question.id));
  if (open.length === 0) return null;
  const names = new Map(view.results.map((result) => [result.provider_id, result.provider_name]));
  return (
    <section aria-label={t("label")} className="flex flex-col gap-3">
      {open.map((question) => (
        <QuestionCard
          key={question.id}
          bookingId={view.booking_id}
          question={question}
          providerName={names.get(question.provider_id) ?? t("aBusiness")}
        />
      ))}
    </section>
  );
}

function QuestionCard({
  bookingId,
  question,
  providerName,
}: {
  bookingId: string;
  question: QuestionView;
  providerName: string;
}) {
  const t = useTranslations("questions");
  // The answer shows as sent at once; it reverts to the box, with the reason, if the server refuses it.
  const [sentAnswer, showSent] = useOptimistic<string | null, string>(null, (_current, answer) => answer);
  const [state, formAction] = useActionState(async (previous: AnswerState, form: FormData) => {
    showSent(String(form.get("answer") ?? "").trim());
    return answerLiveQuestion(previous, form);
  }, idleState);
  const [answer, setAnswer] = useState("");
  // Once accepted, the card stays "sent" until the live view drops the answered question.
  const sent = sentAnswer ?? (state.status === "ok" ? (state.data.answer ?? answer) : null);

  return (
    <form
      action={formAction}
      data-testid="live-question"
      data-question-id={question.id}
      role="alert"
      className="rounded-2xl border-2 border-amber-300 bg-amber-50 p-4 shadow-sm shadow-amber-200 sm:p-5"
    >
      <input type="hidden" name="booking_id" value={bookingId} />
      <input type="hidden" name="question_id" value={question.id} />
      <p className="text-xs font-semibold tracking-wide text-amber-700 uppercase">
        {t("asking", { provider: providerName })}
      </p>
      <p data-testid="live-question-text" className="mt-1 text-base font-medium text-slate-900">
        {question.text}
      </p>
      {sent !== null ? (
        <p data-testid="live-question-sent" className="mt-3 text-sm text-slate-700">
          {t("sent", { answer: sent })}
        </p>
      ) : (
        <div className="mt-3 flex flex-col gap-2 sm:flex-row">
          <label className="sr-only" htmlFor={`answer-${question.id}`}>
            {t("yourAnswer")}
          </label>
          <input
            id={`answer-${question.id}`}
            name="answer"
            data-testid="live-question-answer"
            value={answer}
            onChange={(event) => setAnswer(event.target.value)}
            maxLength={500}
            required
            autoFocus
            placeholder={t("placeholder")}
            aria-describedby={`answer-error-${question.id}`}
            className="flex-1 rounded-xl border border-amber-300 bg-white px-3 py-2 text-sm focus:border-indigo-500 focus:outline-none"
          />
          <button
            type="submit"
            data-testid="live-question-send"
            disabled={answer.trim() === ""}
            className="rounded-xl bg-indigo-600 px-4 py-2 text-sm font-medium text-white hover:bg-indigo-500 disabled:opacity-50"
          >
            {t("send")}
          </button>
        </div>
      )}
      {state.status === "error" && sent === null && (
        <p id={`answer-error-${question.id}`} role="alert" className="mt-2 text-sm text-rose-700">
          {fieldError(state, "answer") ?? state.error}
        </p>
      )}
    </form>
  );
}

/** Chimes once for each question id not seen before (not for those already open when the page loads). */
function useChimeOnNewQuestion(ids: string[]) {
  const seen = useRef<Set<string> | null>(null);
  const key = ids.join(",");
  useEffect(() => {
    const current = key === "" ? [] : key.split(",");
    if (seen.current === null) {
      seen.current = new Set(current);
      return;
    }
    const fresh = current.filter((id) => !seen.current!.has(id));
    for (const id of fresh) seen.current.add(id);
    if (fresh.length > 0) chime();
  }, [key]);
}

function chime() {
  try {
    const AudioContextClass = window.AudioContext;
    if (!AudioContextClass) return;
    const audio = new AudioContextClass();
    const gain = audio.createGain();
    gain.connect(audio.destination);
    gain.gain.setValueAtTime(0.0001, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.2, audio.currentTime + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, audio.currentTime + 0.5);
    [880, 1320].forEach((frequency, index) => {
      const tone = audio.createOscillator();
      tone.type = "sine";
      tone.frequency.value = frequency;
      tone.connect(gain);
      tone.start(audio.currentTime + index * 0.15);
      tone.stop(audio.currentTime + 0.5);
    });
    setTimeout(() => void audio.close(), 800);
  } catch {
    // Sound is a nicety: a browser that blocks audio before any click still shows the card.
  }
}
