// /settings/connections – which integrations this server has, whether they answer, and what each one enables.
import type { Metadata } from "next";
import { ConnectionsList } from "./connections-list";

export const metadata: Metadata = { title: "Connections" };

export default function ConnectionsPage() {
  return (
    <main className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6 lg:py-12">
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Connections</h1>
        <p className="mt-1 text-sm text-slate-500">
          The services this CallPilot server is set up with. Anything not set up has a built-in fallback.
        </p>
      </div>
      <ConnectionsList />
    </main>
  );
}
