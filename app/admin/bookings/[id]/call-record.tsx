// A call's record, folded: its transcript line by line (a line spoken in another language than English says which,
// with the English translation when the person's page had one made), and its timeline of events, each with the time.
import type { AdminCallDetail } from "@/lib/admin/bookings/booking-detail";
import { formatClock } from "@/app/_components/format-time";
import { callLanguageNames } from "@/lib/providers/provider-language";

export function CallRecord({ call, timeZone }: { call: AdminCallDetail; timeZone: string }) {
  return (
    <div className="mt-3 grid gap-2 md:grid-cols-2">
      <details className="group rounded-xl border border-slate-200" data-testid="call-transcript-toggle">
        <summary className="flex cursor-pointer list-none items-center justify-between px-3 py-2 text-sm font-medium text-slate-700">
          Transcript ({plural(call.transcript.length, "line")})
          <span className="text-slate-400 transition group-open:rotate-180" aria-hidden="true">
            ▾
          </span>
        </summary>
        {call.transcript.length === 0 ? (
          <p className="border-t border-slate-100 px-3 py-2 text-sm text-slate-400">
            Nothing was said on this call.
          </p>
        ) : (
          <ol
            className="max-h-80 space-y-1.5 overflow-y-auto border-t border-slate-100 p-3 text-sm"
            data-testid="admin-transcript"
          >
            {call.transcript.map((line) => (
              <li
                key={line.id}
                className="flex gap-2"
                data-testid="admin-transcript-line"
                data-role={line.role}
              >
                <span className="w-16 shrink-0 pt-px text-[11px] whitespace-nowrap text-slate-400 tabular-nums">
                  {formatClock(line.at, timeZone)}
                </span>
                <span
                  className={`w-16 shrink-0 pt-px text-[11px] font-semibold uppercase ${line.role === "agent" ? "text-indigo-600" : "text-slate-400"}`}
                >
                  {line.role === "agent" ? "CallPilot" : line.role === "system" ? "System" : "Business"}
                </span>
                <span className={line.role === "agent" ? "text-slate-800" : "text-slate-600"}>
                  <span lang={line.language}>{line.text}</span>
                  {line.language !== "en" && (
                    <span
                      data-testid="admin-transcript-language"
                      className="ml-1.5 text-[11px] text-slate-400"
                    >
                      in {callLanguageNames[line.language]}
                    </span>
                  )}
                  {line.translation && (
                    <span lang="en" className="mt-0.5 block border-l-2 border-slate-200 pl-2 text-slate-500">
                      {line.translation}
                    </span>
                  )}
                </span>
              </li>
            ))}
          </ol>
        )}
      </details>
      <details className="group rounded-xl border border-slate-200" data-testid="call-timeline-toggle">
        <summary className="flex cursor-pointer list-none items-center justify-between px-3 py-2 text-sm font-medium text-slate-700">
          Timeline ({plural(call.timeline.length, "event")})
          <span className="text-slate-400 transition group-open:rotate-180" aria-hidden="true">
            ▾
          </span>
        </summary>
        <ol
          className="max-h-80 space-y-1 overflow-y-auto border-t border-slate-100 p-3 text-sm"
          data-testid="call-timeline"
        >
          {call.timeline.map((event) => (
            <li key={event.id} className="flex gap-2">
              <span className="w-16 shrink-0 pt-px text-[11px] whitespace-nowrap text-slate-400 tabular-nums">
                {formatClock(event.at, timeZone)}
              </span>
              <span className="text-slate-700" title={event.type}>
                {event.summary}
              </span>
            </li>
          ))}
        </ol>
      </details>
    </div>
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
