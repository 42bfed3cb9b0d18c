// The chat: the conversation so far, the reply streaming in as it is written, and the message box.
"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { ChatTurnResult, TaskView } from "@/lib/intake/tasks";
import type { VoiceAvailability } from "@/lib/voice/voice-availability";
import { messageOf } from "@/app/_components/api-request";
import type { ProposedChange } from "@/lib/intake/appointment-change-intent";
import { AppointmentChangeConfirm } from "./appointment-change-confirm";
import { ChatMessage } from "./chat-message";
import { MessageComposer } from "./message-composer";
import { speakReply, stopSpeaking } from "./read-aloud";
import { streamChatReply } from "./stream-chat-reply";
import { VoiceControls } from "./voice-controls";

interface PendingTurn {
  message: string;
  reply: string;
}

export function Conversation(props: {
  taskId: string;
  messages: TaskView["messages"];
  locked: boolean;
  onTurn: (message: string, turn: ChatTurnResult) => void;
  voice: VoiceAvailability;
  onTaskChanged: (view: TaskView) => void;
  onMessagesChanged: (messages: TaskView["messages"]) => void;
}) {
  const [pending, setPending] = useState<PendingTurn | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [draft, setDraft] = useState("");
  const [readAloud, setReadAloud] = useState(false);
  const [proposal, setProposal] = useState<ProposedChange | null>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const t = useTranslations("chat");

  useEffect(() => {
    // Follow the newest words inside the conversation panel without moving the page.
    const scroller = scrollerRef.current;
    if (scroller) scroller.scrollTo({ top: scroller.scrollHeight, behavior: "smooth" });
  }, [props.messages.length, pending?.reply]);

  async function send(message: string) {
    setError(null);
    setDraft("");
    setPending({ message, reply: "" });
    try {
      const turn = await streamChatReply({ taskId: props.taskId, message }, (text) =>
        setPending((current) => current && { ...current, reply: current.reply + text }),
      );
      props.onTurn(message, turn);
      setProposal(turn.proposed_change ?? null);
      if (readAloud) void speakReply(turn.reply, props.voice.speech);
    } catch (failure) {
      setError(messageOf(failure));
      // Give the words back so the person can send them again.
      setDraft(message);
    } finally {
      setPending(null);
    }
  }

  return (
    <section
      aria-label={t("conversation")}
      className="flex min-h-[28rem] flex-col overflow-hidden rounded-2xl border border-slate-200 bg-white shadow-sm lg:h-[calc(100vh-8rem)]"
    >
      <div className="flex items-center justify-between border-b border-slate-100 px-5 py-3.5">
        <div>
          <h1 className="font-semibold text-slate-900">{t("title")}</h1>
          <p className="text-xs text-slate-500">{t("subtitle")}</p>
        </div>
        <VoiceControls
          taskId={props.taskId}
          voice={props.voice}
          disabled={props.locked || pending !== null}
          readAloud={readAloud}
          onReadAloudChange={(on) => {
            if (!on) stopSpeaking();
            setReadAloud(on);
          }}
          // Spoken words take the same path as typed ones: the same chat turn, the same extraction.
          onWords={(words) => void send(words)}
          onTaskChanged={props.onTaskChanged}
          onMessagesChanged={props.onMessagesChanged}
        />
      </div>
      <div
        ref={scrollerRef}
        className="flex-1 space-y-4 overflow-y-auto px-4 py-5 sm:px-5"
        data-testid="chat-messages"
        aria-live="polite"
      >
        <ChatMessage role="assistant" content={t("greeting")} />
        {props.messages.map((message, index) => (
          <ChatMessage key={`${message.at}-${index}`} role={message.role} content={message.content} />
        ))}
        {proposal && !pending && <AppointmentChangeConfirm proposal={proposal} />}
        {pending && (
          <>
            <ChatMessage role="user" content={pending.message} />
            <ChatMessage role="assistant" content={pending.reply} streaming />
          </>
        )}
      </div>
      <MessageComposer
        value={draft}
        onChange={setDraft}
        onSend={send}
        busy={pending !== null}
        error={error}
        disabledReason={props.locked ? t("locked") : null}
      />
    </section>
  );
}
