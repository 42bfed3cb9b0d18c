// /settings/connections – which integrations this server has, whether they answer, and what each one enables, read
// on the server with GET /api/connections's function (and its rate limit).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { getCaller } from "@/lib/auth/session";
import { connectionsFor, type VisibleConnection } from "@/lib/connections/connections-for";
import { AppError } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime";
import { ConnectionsList } from "./connections-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("connections") };
}

/** The connections, or the sentence to show instead (no session yet, or too many looks). */
async function readConnections(): Promise<VisibleConnection[] | string> {
  const requestHeaders = await headers();
  const caller = await getCaller(requestHeaders);
  if (!caller) return (await getTranslations("connections"))("starting");
  try {
    return await connectionsFor(caller, { headers: requestHeaders }, getRuntime().clock);
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
}

export default async function ConnectionsPage() {
  const connections = await readConnections();
  const t = await getTranslations("connections");
  return (
    <main className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6 lg:py-12">
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-500">{t("lead")}</p>
      </div>
      {typeof connections === "string" ? (
        <p role="status" className="rounded-xl bg-slate-100 px-4 py-3 text-sm text-slate-600">
          {connections}
        </p>
      ) : (
        <ConnectionsList connections={connections} />
      )}
    </main>
  );
}
