// One message in the chat: the person's on the right, CallPilot's on the left with its mark.
import { useTranslations } from "next-intl";
import { BrandMark } from "@/app/_components/brand-mark";

export function ChatMessage(props: { role: "user" | "assistant"; content: string; streaming?: boolean }) {
  const t = useTranslations("chat");
  if (props.role === "user") {
    return (
      <div className="flex justify-end" data-testid="chat-message" data-role="user">
        <p className="max-w-[85%] rounded-2xl rounded-br-md bg-indigo-600 px-4 py-2.5 text-sm leading-6 whitespace-pre-wrap text-white shadow-sm">
          {props.content}
        </p>
      </div>
    );
  }
  return (
    <div
      className="flex items-start gap-2.5"
      data-testid="chat-message"
      data-role="assistant"
      data-streaming={props.streaming ? "true" : undefined}
    >
      <BrandMark className="mt-0.5 h-7 w-7 shrink-0" />
      <p className="max-w-[85%] rounded-2xl rounded-tl-md bg-slate-100 px-4 py-2.5 text-sm leading-6 whitespace-pre-wrap text-slate-800">
        {props.content}
        {props.streaming && (
          <span
            className="ml-0.5 inline-block h-4 w-1.5 translate-y-0.5 animate-pulse rounded-sm bg-slate-400"
            aria-label={t("typing")}
          />
        )}
      </p>
    </div>
  );
}
