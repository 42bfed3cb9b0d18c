// The message box: up to 4,000 characters, Enter sends, Shift+Enter starts a new line; shows the server's error.
"use client";

import { useLocale, useTranslations } from "next-intl";
import type { FormEvent, KeyboardEvent } from "react";

/** The chat API's limit (lib/intake/chat-schema.ts); the server says so too if it is ever exceeded. */
const maxMessageLength = 4_000;
const showCountFrom = 3_500;

export function MessageComposer(props: {
  value: string;
  onChange: (value: string) => void;
  onSend: (message: string) => void;
  busy: boolean;
  error: string | null;
  disabledReason: string | null;
}) {
  const t = useTranslations("chat");
  const locale = useLocale();
  const message = props.value.trim();
  const canSend =
    !props.busy && !props.disabledReason && message.length > 0 && props.value.length <= maxMessageLength;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (canSend) props.onSend(message);
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <form onSubmit={submit} className="border-t border-slate-100 bg-slate-50/60 p-3 sm:p-4">
      {props.error && (
        <p
          role="alert"
          data-testid="chat-error"
          className="mb-2 rounded-lg bg-rose-50 px-3 py-2 text-sm text-rose-700"
        >
          {props.error}
        </p>
      )}
      {props.disabledReason && <p className="mb-2 px-1 text-sm text-slate-500">{props.disabledReason}</p>}
      <div className="flex items-end gap-2 rounded-xl border border-slate-200 bg-white p-1.5 shadow-sm focus-within:border-indigo-400 focus-within:ring-4 focus-within:ring-indigo-100">
        <label htmlFor="chat-input" className="sr-only">
          {t("inputLabel")}
        </label>
        <textarea
          id="chat-input"
          data-testid="chat-input"
          rows={2}
          maxLength={maxMessageLength}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
          onKeyDown={onKeyDown}
          disabled={props.disabledReason !== null}
          placeholder={t("placeholder")}
          className="max-h-40 min-h-[2.75rem] flex-1 resize-none bg-transparent px-2.5 py-2 text-sm text-slate-900 placeholder:text-slate-400 focus:outline-none disabled:cursor-not-allowed"
        />
        <button
          type="submit"
          data-testid="chat-send"
          disabled={!canSend}
          className="inline-flex h-10 items-center gap-1.5 rounded-lg bg-indigo-600 px-4 text-sm font-semibold text-white transition hover:bg-indigo-500 disabled:cursor-not-allowed disabled:bg-slate-300"
        >
          {props.busy ? t("sending") : t("send")}
        </button>
      </div>
      <div className="mt-1.5 flex justify-between px-1 text-xs text-slate-400">
        <span>{t("keys")}</span>
        {props.value.length >= showCountFrom && (
          <span className={props.value.length >= maxMessageLength ? "text-rose-600" : undefined}>
            {props.value.length.toLocaleString(locale)} / {maxMessageLength.toLocaleString(locale)}
          </span>
        )}
      </div>
    </form>
  );
}
