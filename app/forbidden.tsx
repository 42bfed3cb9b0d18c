// The 403 page: shown (with HTTP 403) when a signed-in person opens a page their account may not use (/admin).
import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="flex flex-1 items-start justify-center px-4 py-20 sm:py-28" data-testid="forbidden">
      <div className="w-full max-w-md rounded-2xl border border-slate-200 bg-white p-8 text-center shadow-sm">
        <span className="mx-auto flex h-12 w-12 items-center justify-center rounded-full bg-rose-50 text-xl font-semibold text-rose-600">
          403
        </span>
        <h1 className="mt-4 text-xl font-semibold tracking-tight text-slate-900">
          This page is for administrators
        </h1>
        <p className="mt-2 text-sm text-slate-600">
          Your account cannot open it. Sign in with an administrator account, or go back to your bookings.
        </p>
        <div className="mt-6 flex justify-center gap-3 text-sm">
          <Link
            href="/bookings"
            className="rounded-xl bg-indigo-600 px-4 py-2 font-semibold text-white hover:bg-indigo-500"
          >
            My bookings
          </Link>
          <Link href="/" className="rounded-xl px-4 py-2 font-medium text-slate-700 hover:bg-slate-100">
            Home
          </Link>
        </div>
      </div>
    </main>
  );
}
