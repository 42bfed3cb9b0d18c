// What the browser itself offers for speech: recognition (often prefixed, Chrome's webkitSpeechRecognition) and
// synthesis. Feature-detected at run time, never assumed: a browser with neither gets no voice controls at all.

/** The parts of the Web Speech API's SpeechRecognition CallPilot uses (not in TypeScript's DOM library). */
export interface Dictation {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult:
    | ((event: {
        resultIndex: number;
        results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }>;
      }) => void)
    | null;
  onerror: ((event: { error: string }) => void) | null;
  onend: (() => void) | null;
  start(): void;
  stop(): void;
  abort(): void;
}

type DictationConstructor = new () => Dictation;

export function dictationConstructor(): DictationConstructor | null {
  if (typeof window === "undefined") return null;
  const scope = window as unknown as {
    SpeechRecognition?: DictationConstructor;
    webkitSpeechRecognition?: DictationConstructor;
  };
  return scope.SpeechRecognition ?? scope.webkitSpeechRecognition ?? null;
}

export function hasSpeechSynthesis(): boolean {
  return (
    typeof window !== "undefined" &&
    "speechSynthesis" in window &&
    window.speechSynthesis !== undefined &&
    typeof window.SpeechSynthesisUtterance === "function"
  );
}

/** Whether the browser can capture speech with a microphone at all (needed by the ElevenLabs conversation). */
export function hasMicrophoneAccess(): boolean {
  return typeof navigator !== "undefined" && typeof navigator.mediaDevices?.getUserMedia === "function";
}
