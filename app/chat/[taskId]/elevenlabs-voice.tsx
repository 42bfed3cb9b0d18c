// A spoken conversation with the ElevenLabs intake agent (@elevenlabs/react): started from a signed URL our server
// issues, with the client tool update_booking_details writing what the agent heard into this request, and every
// spoken line kept in the request's chat history.
"use client";

import { ConversationProvider, useConversation } from "@elevenlabs/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { TaskView } from "@/lib/intake/tasks";
import { missingRequiredFields } from "@/lib/intake/booking-request";
import { apiRequest, messageOf } from "@/app/_components/api-request";
import { MicButton } from "./mic-button";
import { useVoiceTranscript } from "./use-voice-transcript";

interface Props {
  taskId: string;
  disabled: boolean;
  onTaskChanged: (view: TaskView) => void;
  onMessagesChanged: (messages: TaskView["messages"]) => void;
}

export function ElevenLabsVoice(props: Props) {
  return (
    <ConversationProvider>
      <AgentConversation {...props} />
    </ConversationProvider>
  );
}

function AgentConversation({ taskId, disabled, onTaskChanged, onMessagesChanged }: Props) {
  const t = useTranslations("voice");
  const [error, setError] = useState<string | null>(null);
  const [heard, setHeard] = useState<string | null>(null);
  const transcript = useVoiceTranscript(taskId, onMessagesChanged, setError);
  const conversation = useConversation({
    clientTools: {
      update_booking_details: async (parameters: Record<string, unknown>) => {
        try {
          const view = await apiRequest<TaskView>(`/api/task/${encodeURIComponent(taskId)}/voice-details`, {
            body: parameters,
          });
          onTaskChanged(view);
          const missing = missingRequiredFields(view.extracted_data);
          return missing.length === 0
            ? "Saved. The request has what CallPilot needs to start calling."
            : `Saved. Still needed: ${missing.join(", ")}.`;
        } catch (failure) {
          // The agent reads this back and asks again.
          return `Not saved: ${messageOf(failure)}`;
        }
      },
    },
    onConnect: ({ conversationId }) => transcript.begin(conversationId),
    onMessage: (line) => {
      setHeard(`${line.role === "user" ? t("you") : "CallPilot"}: ${line.message}`);
      transcript.save(line);
    },
    onError: (message) => setError(typeof message === "string" ? message : t("failed")),
  });
  const live = conversation.status === "connected" || conversation.status === "connecting";

  async function toggle() {
    if (live) return conversation.endSession();
    setError(null);
    try {
      await navigator.mediaDevices.getUserMedia({ audio: true });
      const { signed_url } = await apiRequest<{ signed_url: string }>("/api/voice/session", {
        body: { task_id: taskId },
      });
      conversation.startSession({ signedUrl: signed_url, dynamicVariables: { task_id: taskId } });
    } catch (failure) {
      setError(failure instanceof DOMException ? t("micBlocked") : messageOf(failure));
    }
  }

  return (
    <MicButton
      active={live}
      disabled={disabled}
      label={live ? t("end") : t("talk")}
      onClick={toggle}
      status={error ?? heard}
    />
  );
}
