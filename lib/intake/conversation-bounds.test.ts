import { describe, expect, it } from "vitest";
import { recentHistory } from "./conversation-bounds";
import type { ChatHistoryMessage } from "./intake-model";

const conversation = (lengths: number[]): ChatHistoryMessage[] =>
  lengths.map((length, i) => ({
    role: i % 2 === 0 ? "user" : "assistant",
    content: String(i).padEnd(length, "."),
  }));

describe("the history sent to the model", () => {
  it("keeps a short conversation whole", () => {
    const messages = conversation([10, 20, 30]);
    expect(recentHistory(messages, { messages: 12, characters: 8_000 })).toEqual(messages);
  });

  it("keeps only the most recent messages, oldest first", () => {
    const messages = conversation(Array.from({ length: 40 }, () => 10));
    const kept = recentHistory(messages, { messages: 12, characters: 8_000 });
    expect(kept).toEqual(messages.slice(-12));
  });

  it("stops at the first message that would pass the character bound, so the end stays unbroken", () => {
    // 3,000 + 4,000 + 50 fit; the next 3,000 does not, and the 100 before it is not taken either.
    const messages = conversation([100, 3_000, 50, 4_000, 3_000]);
    const kept = recentHistory(messages, { messages: 12, characters: 8_000 });
    expect(kept).toEqual(messages.slice(-3));
    expect(kept.reduce((sum, message) => sum + message.content.length, 0)).toBeLessThanOrEqual(8_000);
  });

  it("sends nothing of a conversation whose last message alone passes the bound", () => {
    expect(recentHistory(conversation([10, 9_000]), { messages: 12, characters: 8_000 })).toEqual([]);
  });
});
