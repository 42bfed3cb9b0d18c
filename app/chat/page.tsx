// /chat – opening it starts a new request: a task is created, then the conversation page takes over.
import type { Metadata } from "next";
import { StartTask } from "./start-task";

export const metadata: Metadata = { title: "New request" };

export default function NewChatPage() {
  return <StartTask />;
}
