// /chat/{taskId} – the conversation about one request, beside its editable summary and the way to start calling.
// The first response carries the messages, the summary card and the person's standing for real calls.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getCaller } from "@/lib/auth/session";
import { getConfig } from "@/lib/config";
import { accountView } from "@/lib/guardrails/account";
import { getTaskView } from "@/lib/intake/tasks";
import { getRuntime } from "@/lib/runtime";
import { voiceAvailability } from "@/lib/voice/voice-availability";
import { ownedOrNotFound } from "@/app/_components/owned-or-not-found";
import { TaskWorkspace } from "./task-workspace";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("task") };
}

export default async function TaskPage({ params }: { params: Promise<{ taskId: string }> }) {
  const { taskId } = await params;
  // Without a session no request can be this browser's: the same 404 as another person's request.
  const caller = await getCaller(await headers());
  if (!caller) notFound();
  const runtime = getRuntime();
  const [task, account] = await Promise.all([
    ownedOrNotFound(() => getTaskView(taskId, caller.userId)),
    accountView(caller, runtime.dialer, runtime.clock),
  ]);
  // Only whether ElevenLabs can speak and listen reaches the browser; its keys stay on the server.
  return <TaskWorkspace task={task} account={account} voice={voiceAvailability(getConfig())} />;
}
