// The process's reader of business replies, chosen once from config: the LLM when a key is set (model built as the
// intake builds it), else the offline rules. Tests swap it with overrideReplyReader.
import { getConfig } from "@/lib/config";
import { createLanguageModel } from "@/lib/intake/select-model";
import { createLlmReplyReader } from "./llm-reading";
import { createOfflineReplyReader } from "./offline-reading";
import type { ReplyReader } from "./reply-reading";

const readerKey = Symbol.for("callpilot.twilio.replyReader");
type Holder = { [readerKey]?: ReplyReader };

export function getReplyReader(): ReplyReader {
  const holder = globalThis as Holder;
  if (!holder[readerKey]) {
    const model = createLanguageModel(getConfig());
    holder[readerKey] = model ? createLlmReplyReader(model) : createOfflineReplyReader();
  }
  return holder[readerKey];
}

/** Replaces the reader (a mock model in tests); returns a function restoring the previous one. */
export function overrideReplyReader(reader: ReplyReader): () => void {
  const holder = globalThis as Holder;
  const previous = holder[readerKey];
  holder[readerKey] = reader;
  return () => {
    holder[readerKey] = previous;
  };
}
