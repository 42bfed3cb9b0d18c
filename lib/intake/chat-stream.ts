// A chat turn as newline-delimited JSON for the browser: {"type":"delta","text"} chunks, then {"type":"done",...}.
import { logger } from "@/lib/logger";
import type { ChatTurnResult } from "./tasks";

export function streamChatTurn(turn: {
  textStream: AsyncIterable<string>;
  result: Promise<ChatTurnResult>;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const line = (value: unknown) => encoder.encode(JSON.stringify(value) + "\n");
  return new ReadableStream({
    async start(controller) {
      try {
        for await (const text of turn.textStream) controller.enqueue(line({ type: "delta", text }));
        controller.enqueue(line({ type: "done", ...(await turn.result) }));
      } catch (error) {
        logger.error("chat turn failed", { error });
        controller.enqueue(
          line({ type: "error", error: "The reply could not be completed. Please send your message again." }),
        );
      } finally {
        controller.close();
      }
    },
  });
}
