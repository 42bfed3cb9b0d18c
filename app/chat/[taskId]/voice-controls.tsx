// The chat's voice controls: a microphone (the ElevenLabs agent when the server has one, the browser's own speech
// recognition otherwise) and a "read replies aloud" switch. Each appears only where it can work — never broken.
"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import type { TaskView } from "@/lib/intake/tasks";
import type { VoiceAvailability } from "@/lib/voice/voice-availability";
import { dictationConstructor, hasMicrophoneAccess, hasSpeechSynthesis } from "./browser-speech";
import { MicButton } from "./mic-button";
import { useDictation } from "./use-dictation";

// The ElevenLabs SDK (and its WebRTC client) is downloaded only by browsers that will talk to the agent.
const ElevenLabsVoice = dynamic(() => import("./elevenlabs-voice").then((module) => module.ElevenLabsVoice), {
  ssr: false,
});

interface BrowserSupport {
  dictation: boolean;
  microphone: boolean;
  synthesis: boolean;
}

export function VoiceControls(props: {
  taskId: string;
  voice: VoiceAvailability;
  disabled: boolean;
  readAloud: boolean;
  onReadAloudChange: (on: boolean) => void;
  onWords: (words: string) => void;
  onTaskChanged: (view: TaskView) => void;
  onMessagesChanged: (messages: TaskView["messages"]) => void;
}) {
  // Unknown until mounted: the server cannot see the browser, and a control must not flash in and out.
  const t = useTranslations("voice");
  const [support, setSupport] = useState<BrowserSupport | null>(null);
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the browser's features are only knowable after mount
    setSupport({
      dictation: dictationConstructor() !== null,
      microphone: hasMicrophoneAccess(),
      synthesis: hasSpeechSynthesis(),
    });
  }, []);
  if (!support) return null;
  const agentMicrophone = props.voice.agent && support.microphone;
  const canReadAloud = props.voice.speech || support.synthesis;
  return (
    <div className="flex items-center gap-2" data-testid="voice-controls">
      {canReadAloud && (
        <label className="flex items-center gap-1.5 text-xs text-slate-500">
          <input
            type="checkbox"
            data-testid="read-aloud"
            checked={props.readAloud}
            onChange={(event) => props.onReadAloudChange(event.target.checked)}
            className="h-3.5 w-3.5 rounded border-slate-300"
          />
          {t("readAloud")}
        </label>
      )}
      {agentMicrophone ? (
        <ElevenLabsVoice
          taskId={props.taskId}
          disabled={props.disabled}
          onTaskChanged={props.onTaskChanged}
          onMessagesChanged={props.onMessagesChanged}
        />
      ) : (
        support.dictation && <DictationButton disabled={props.disabled} onWords={props.onWords} />
      )}
    </div>
  );
}

function DictationButton(props: { disabled: boolean; onWords: (words: string) => void }) {
  const t = useTranslations("voice");
  const dictation = useDictation(props.onWords);
  return (
    <MicButton
      active={dictation.listening}
      disabled={props.disabled}
      label={dictation.listening ? t("stopListening") : t("speak")}
      onClick={dictation.listening ? dictation.stop : dictation.start}
      status={dictation.error ?? (dictation.listening ? t("listening") : null)}
    />
  );
}
