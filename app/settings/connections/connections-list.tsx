// Each integration's state and what it enables (and, to admins, the detail), as read on the server.
import { useTranslations } from "next-intl";
import type { ConnectionState } from "@/lib/connections/connection";
import type { VisibleConnection } from "@/lib/connections/connections-for";

// Each state is labelled connections.{state}.
const badges: Record<ConnectionState, string> = {
  configured: "bg-emerald-50 text-emerald-700 ring-emerald-200",
  not_configured: "bg-slate-100 text-slate-600 ring-slate-200",
  failing: "bg-rose-50 text-rose-700 ring-rose-200",
};

export function ConnectionsList({ connections }: { connections: VisibleConnection[] }) {
  const t = useTranslations("connections");
  return (
    <ul className="space-y-3" data-testid="connections">
      {connections.map((connection) => {
        return (
          <li
            key={connection.id}
            data-testid={`connection-${connection.id}`}
            data-state={connection.state}
            className="rounded-2xl border border-slate-200 bg-white p-4 shadow-sm"
          >
            <div className="flex items-center justify-between gap-3">
              <h2 className="font-semibold text-slate-900">{connection.name}</h2>
              <span
                className={`rounded-full px-3 py-1 text-xs font-medium ring-1 ring-inset ${badges[connection.state]}`}
              >
                {t(connection.state)}
              </span>
            </div>
            <p className="mt-1 text-sm text-slate-600">{connection.enables}</p>
            {connection.detail && <p className="mt-1 text-xs text-slate-500">{connection.detail}</p>}
          </li>
        );
      })}
    </ul>
  );
}
