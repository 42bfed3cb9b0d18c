// Sends one chat message and reads the reply as it streams (newline-delimited JSON), passing each piece of text on.
import type { ChatTurnResult } from "@/lib/intake/tasks";
import { ApiError, apiFetch } from "@/app/_components/api-request";

type ChatStreamLine =
  { type: "delta"; text: string } | ({ type: "done" } & ChatTurnResult) | { type: "error"; error: string };

export async function streamChatReply(
  input: { taskId: string; message: string },
  onText: (text: string) => void,
): Promise<ChatTurnResult> {
  const response = await apiFetch("/api/chat/stream", {
    body: { task_id: input.taskId, message: input.message },
  });
  if (!response.body) throw new ApiError("The reply could not be read. Please send your message again.", 0);
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffered = "";
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffered += value;
    let newline: number;
    while ((newline = buffered.indexOf("\n")) >= 0) {
      const line = buffered.slice(0, newline).trim();
      buffered = buffered.slice(newline + 1);
      if (line === "") continue;
      const event = JSON.parse(line) as ChatStreamLine;
      if (event.type === "delta") onText(event.text);
      else if (event.type === "error") throw new ApiError(event.error, 500);
      else return event;
    }
  }
  throw new ApiError("The reply stopped before it finished. Please send your message again.", 0);
}
