// The microphone button beside the chat's title, with a short line saying what was heard or what went wrong.
"use client";

export function MicButton(props: {
  active: boolean;
  disabled: boolean;
  label: string;
  onClick: () => void;
  status: string | null;
}) {
  return (
    <div className="flex items-center gap-2">
      {props.status && (
        <span className="max-w-[14rem] truncate text-xs text-slate-500" role="status" title={props.status}>
          {props.status}
        </span>
      )}
      <button
        type="button"
        data-testid="voice-input"
        aria-label={props.label}
        aria-pressed={props.active}
        title={props.label}
        disabled={props.disabled}
        onClick={props.onClick}
        className={`inline-flex h-9 w-9 items-center justify-center rounded-full ring-1 transition disabled:cursor-not-allowed disabled:opacity-50 ${
          props.active
            ? "animate-pulse bg-rose-600 text-white ring-rose-600"
            : "bg-white text-slate-600 ring-slate-200 hover:bg-indigo-50 hover:text-indigo-700"
        }`}
      >
        <svg
          viewBox="0 0 24 24"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          aria-hidden="true"
        >
          <rect x="9" y="3" width="6" height="11" rx="3" />
          <path d="M5 11a7 7 0 0 0 14 0M12 18v3" strokeLinecap="round" />
        </svg>
      </button>
    </div>
  );
}
