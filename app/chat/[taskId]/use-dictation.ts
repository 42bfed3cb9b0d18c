// Dictation with the browser's own speech recognition: listens until the person pauses, then hands the words over
// to be sent like typed text.
"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { dictationConstructor, type Dictation } from "./browser-speech";

export function useDictation(onWords: (words: string) => void) {
  const t = useTranslations("voice");
  const [listening, setListening] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const recognition = useRef<Dictation | null>(null);
  const deliver = useRef(onWords);
  useEffect(() => {
    deliver.current = onWords;
  }, [onWords]);
  useEffect(() => () => recognition.current?.abort(), []);

  const start = useCallback(() => {
    const Recognition = dictationConstructor();
    if (!Recognition) return;
    const session = new Recognition();
    session.lang = navigator.language || "en-US";
    session.continuous = false;
    session.interimResults = false;
    session.onresult = (event) => {
      const words = Array.from(event.results)
        .filter((result) => result.isFinal)
        .map((result) => result[0]?.transcript ?? "")
        .join(" ")
        .trim();
      if (words) deliver.current(words);
    };
    session.onerror = (event) =>
      setError(
        event.error === "not-allowed" || event.error === "service-not-allowed"
          ? t("micBlocked")
          : event.error === "no-speech"
            ? t("noSpeech")
            : t("notRecognised"),
      );
    session.onend = () => setListening(false);
    recognition.current = session;
    setError(null);
    setListening(true);
    session.start();
  }, [t]);

  const stop = useCallback(() => recognition.current?.stop(), []);
  return { listening, error, start, stop };
}
