// How much of a task's conversation is kept and how much of it a turn sends to the model. The extracted request
// travels with every turn, so the model needs only the last few exchanges for context; what it is sent stays the
// same size however long the conversation grows, and the conversation itself stops growing at a cap.
import type { ChatHistoryMessage } from "./intake-model";

/** Messages one task keeps (typed turns count two, each spoken line one); past it a new request is needed. */
export const maxMessagesPerTask = 200;

export const historySentToModel = {
  /** The last six exchanges. */
  messages: 12,
  characters: 8_000,
};

/** The 409 sentence for a conversation at its cap. */
export const conversationFullMessage = `This conversation has reached ${maxMessagesPerTask} messages, the most one request keeps: start a new request to go on.`;

/**
 * The most recent messages that fit both bounds, oldest first. It stops at the first message that does not fit, so
 * what is sent is always an unbroken end of the conversation.
 */
export function recentHistory(
  messages: readonly ChatHistoryMessage[],
  bounds: { messages: number; characters: number } = historySentToModel,
): ChatHistoryMessage[] {
  const kept: ChatHistoryMessage[] = [];
  let characters = 0;
  for (let i = messages.length - 1; i >= 0 && kept.length < bounds.messages; i--) {
    characters += messages[i].content.length;
    if (characters > bounds.characters) break;
    kept.push(messages[i]);
  }
  return kept.reverse();
}
