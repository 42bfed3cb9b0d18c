// /chat/{taskId} – the conversation about one request, beside its editable summary and the way to start calling.
import type { Metadata } from "next";
import { TaskWorkspace } from "./task-workspace";

export const metadata: Metadata = { title: "Your request" };

export default async function TaskPage({ params }: { params: Promise<{ taskId: string }> }) {
  const { taskId } = await params;
  return <TaskWorkspace taskId={taskId} />;
}
