// The request page's state: loads the task, keeps the conversation, the summary card and the status in step.
"use client";

import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import type { ChatTurnResult, TaskView } from "@/lib/intake/tasks";
import type { VoiceAvailability } from "@/lib/voice/voice-availability";
import { apiRequest, messageOf } from "@/app/_components/api-request";
import { CallProvidersPanel } from "./call-providers-panel";
import { Conversation } from "./conversation";
import { SummaryCard } from "./summary-card";
import { TaskStatusCard } from "./task-status-card";

export function TaskWorkspace({ taskId, voice }: { taskId: string; voice: VoiceAvailability }) {
  const [task, setTask] = useState<TaskView | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // Bumped whenever the extracted fields change from outside the card, so the card starts from the new values.
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let current = true;
    apiRequest<TaskView>(`/api/task/${encodeURIComponent(taskId)}`)
      .then((view) => current && setTask(view))
      .catch((error: unknown) => current && setLoadError(messageOf(error)));
    return () => {
      current = false;
    };
  }, [taskId]);

  const applyTurn = useCallback((message: string, turn: ChatTurnResult) => {
    const at = new Date().toISOString();
    setTask(
      (previous) =>
        previous && {
          ...previous,
          status: turn.task_status,
          extracted_data: turn.extracted_data,
          attention: turn.attention,
          // The turn may have named the place, whose zone the dates now mean (not the browser's).
          time_zone: turn.time_zone,
          messages: [
            ...previous.messages,
            { role: "user", content: message, at },
            { role: "assistant", content: turn.reply, at },
          ],
        },
    );
    setRevision((value) => value + 1);
  }, []);

  const applyEdit = useCallback((view: TaskView) => {
    setTask(view);
    setRevision((value) => value + 1);
  }, []);

  // Spoken lines only add to the conversation: the summary card keeps whatever the person is editing.
  const applyMessages = useCallback((messages: TaskView["messages"]) => {
    setTask((previous) => previous && { ...previous, messages });
  }, []);

  if (loadError) {
    return (
      <main className="mx-auto w-full max-w-xl px-4 py-24 text-center">
        <div role="alert" className="rounded-2xl border border-rose-200 bg-rose-50 p-6 text-rose-800">
          <p className="font-medium">This request could not be opened.</p>
          <p className="mt-1 text-sm">{loadError}</p>
          <Link href="/chat" className="mt-4 inline-block text-sm font-medium text-rose-700 underline">
            Start a new request
          </Link>
        </div>
      </main>
    );
  }

  if (!task) {
    return (
      <main className="mx-auto flex w-full max-w-6xl flex-1 items-center justify-center px-4 py-24 text-slate-500">
        <span className="mr-3 h-5 w-5 animate-spin rounded-full border-2 border-indigo-100 border-t-indigo-600" />
        Loading your request…
      </main>
    );
  }

  const locked = task.booking_id !== null;
  return (
    <main className="mx-auto grid w-full max-w-6xl flex-1 gap-6 px-4 py-6 sm:px-6 lg:grid-cols-[minmax(0,1fr)_23rem] lg:py-8">
      <Conversation
        taskId={task.task_id}
        messages={task.messages}
        locked={locked}
        onTurn={applyTurn}
        voice={voice}
        onTaskChanged={applyEdit}
        onMessagesChanged={applyMessages}
      />
      <aside className="flex flex-col gap-4">
        <TaskStatusCard status={task.status} attention={task.attention} request={task.extracted_data} />
        <SummaryCard
          key={revision}
          taskId={task.task_id}
          request={task.extracted_data}
          timeZone={task.time_zone}
          locked={locked}
          onSaved={applyEdit}
        />
        <CallProvidersPanel taskId={task.task_id} status={task.status} bookingId={task.booking_id} />
      </aside>
    </main>
  );
}
