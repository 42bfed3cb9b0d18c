// /chat/{taskId} – the conversation about one request, beside its editable summary and the way to start calling.
import type { Metadata } from "next";
import { getConfig } from "@/lib/config";
import { voiceAvailability } from "@/lib/voice/voice-availability";
import { TaskWorkspace } from "./task-workspace";

export const metadata: Metadata = { title: "Your request" };

export default async function TaskPage({ params }: { params: Promise<{ taskId: string }> }) {
  const { taskId } = await params;
  // Only whether ElevenLabs can speak and listen reaches the browser; its keys stay on the server.
  return <TaskWorkspace taskId={taskId} voice={voiceAvailability(getConfig())} />;
}
