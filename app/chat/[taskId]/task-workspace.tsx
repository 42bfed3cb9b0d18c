// The request page's state: starts from the task the server rendered, and keeps the conversation, the summary card
// and the status in step as chat turns and spoken lines come in.
"use client";

import { useCallback, useState } from "react";
import type { AccountView } from "@/lib/guardrails/account";
import type { ChatTurnResult, TaskView } from "@/lib/intake/tasks";
import type { VoiceAvailability } from "@/lib/voice/voice-availability";
import { CallProvidersPanel } from "./call-providers-panel";
import { Conversation } from "./chat-thread";
import { SummaryCard } from "./summary-card";
import { TaskStatusCard } from "./task-status-card";

export function TaskWorkspace(props: { task: TaskView; account: AccountView; voice: VoiceAvailability }) {
  const { account, voice } = props;
  const [task, setTask] = useState(props.task);
  // Bumped whenever the extracted fields change from outside the card, so the card starts from the new values.
  const [revision, setRevision] = useState(0);
  // The server rendered the task afresh (a saved summary, a refresh): it is the newest word on every field.
  const [rendered, setRendered] = useState(props.task);
  if (rendered !== props.task) {
    setRendered(props.task);
    setTask(props.task);
    setRevision((value) => value + 1);
  }

  const applyTurn = useCallback((message: string, turn: ChatTurnResult) => {
    const at = new Date().toISOString();
    setTask((previous) => ({
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
    }));
    setRevision((value) => value + 1);
  }, []);

  const applyEdit = useCallback((view: TaskView) => {
    setTask(view);
    setRevision((value) => value + 1);
  }, []);

  // Spoken lines only add to the conversation: the summary card keeps whatever the person is editing.
  const applyMessages = useCallback((messages: TaskView["messages"]) => {
    setTask((previous) => ({ ...previous, messages }));
  }, []);

  const locked = task.booking_id !== null;
  // A booked appointment can still be cancelled or moved from the chat; the request itself stays locked.
  const chatLocked = locked && task.booking_status !== "booked";
  return (
    <main className="mx-auto grid w-full max-w-6xl flex-1 gap-6 px-4 py-6 sm:px-6 lg:grid-cols-[minmax(0,1fr)_23rem] lg:py-8">
      <Conversation
        taskId={task.task_id}
        messages={task.messages}
        locked={chatLocked}
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
        />
        <CallProvidersPanel
          taskId={task.task_id}
          status={task.status}
          bookingId={task.booking_id}
          account={account}
        />
      </aside>
    </main>
  );
}
