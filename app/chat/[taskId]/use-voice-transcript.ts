// Keeps the spoken conversation in the task's chat history: each line the ElevenLabs SDK reports (the person's words,
// the agent's replies) is posted to /api/task/{id}/voice-transcript, one at a time so the history keeps their order.
"use client";

import type { Callbacks } from "@elevenlabs/react";
import { useCallback, useRef } from "react";
import { maxMessageCharacters } from "@/lib/intake/message-length";
import type { TaskView } from "@/lib/intake/tasks";
import { ApiError, apiRequest, messageOf } from "@/app/_components/api-request";

type SpokenLine = Parameters<NonNullable<Callbacks["onMessage"]>>[0];

const retryDelayMs = 1_000;

export function useVoiceTranscript(
  taskId: string,
  onSaved: (messages: TaskView["messages"]) => void,
  onFailed: (sentence: string) => void,
) {
  // Mutable across callbacks without re-rendering: the SDK calls onConnect/onMessage outside React's render.
  const session = useRef<{ conversationId?: string; sequence: number }>({ sequence: 0 });
  const queue = useRef<Promise<void>>(Promise.resolve());

  const begin = useCallback((conversationId: string) => {
    session.current = { conversationId, sequence: 0 };
  }, []);

  const save = useCallback(
    ({ message, role, event_id }: SpokenLine) => {
      if (message.trim() === "") return;
      const current = session.current;
      const line = {
        role: role === "user" ? "user" : "assistant",
        text: message.trim().slice(0, maxMessageCharacters),
        conversation_id: current.conversationId,
        event_id,
        sequence: current.sequence++,
      };
      const path = `/api/task/${encodeURIComponent(taskId)}/voice-transcript`;
      queue.current = queue.current.then(async () => {
        try {
          onSaved((await withOneRetry(() => apiRequest<TaskView>(path, { body: line }))).messages);
        } catch (failure) {
          onFailed(`A line of the conversation was not saved: ${messageOf(failure)}`);
        }
      });
    },
    [taskId, onSaved, onFailed],
  );

  return { begin, save };
}

/** One more try after a network failure or a server error; the server stores a redelivered line once. */
async function withOneRetry<T>(post: () => Promise<T>): Promise<T> {
  try {
    return await post();
  } catch (failure) {
    if (failure instanceof ApiError && failure.status >= 400 && failure.status < 500) throw failure;
    await new Promise((resolve) => setTimeout(resolve, retryDelayMs));
    return post();
  }
}
