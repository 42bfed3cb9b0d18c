// /chat – opening it starts a new request: a task is created, then the conversation page takes over.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { StartTask } from "./start-task";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("chat") };
}

export default function NewChatPage() {
  return <StartTask />;
}
