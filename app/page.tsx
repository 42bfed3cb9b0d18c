// The landing page: what CallPilot does, how it works in three steps, and the way in.
import Link from "next/link";

const steps = [
  {
    title: "Tell us what you need",
    body: "Chat like you would with an assistant: “a dentist in Cambridge next week, mornings”. We fill in the details as you go.",
  },
  {
    title: "We call around for you",
    body: "CallPilot phones several nearby businesses at once and asks for the slots that fit your time.",
  },
  {
    title: "The best slot gets booked",
    body: "Offers are ranked by fit, earliness, rating and distance. We book the winner, or let you choose.",
  },
];

export default function HomePage() {
  return (
    <main className="relative overflow-hidden">
      <div
        aria-hidden="true"
        className="pointer-events-none absolute inset-x-0 -top-40 h-[28rem] bg-[radial-gradient(ellipse_at_top,var(--color-indigo-100),transparent_65%)]"
      />
      <section className="relative mx-auto max-w-4xl px-4 pt-20 pb-16 text-center sm:px-6 sm:pt-28">
        <p className="mx-auto mb-5 inline-flex items-center gap-2 rounded-full border border-indigo-100 bg-white/80 px-3 py-1 text-xs font-medium text-indigo-700 shadow-sm">
          <span className="h-1.5 w-1.5 rounded-full bg-emerald-500" />
          Your AI phone-booking assistant
        </p>
        <h1 className="text-4xl font-semibold tracking-tight text-balance text-slate-900 sm:text-6xl">
          Say what appointment you need. We make the calls and book it.
        </h1>
        <p className="mx-auto mt-6 max-w-2xl text-lg text-pretty text-slate-600">
          No hold music, no phone tag. CallPilot phones the businesses near you in parallel and secures the
          slot that fits your week.
        </p>
        <div className="mt-10 flex flex-col items-center justify-center gap-3 sm:flex-row">
          <Link
            href="/chat"
            data-testid="start-request"
            className="inline-flex items-center gap-2 rounded-xl bg-indigo-600 px-6 py-3 text-base font-semibold text-white shadow-lg shadow-indigo-600/25 transition hover:bg-indigo-500"
          >
            Start a request
            <span aria-hidden="true">→</span>
          </Link>
          <Link
            href="/bookings"
            className="rounded-xl px-5 py-3 text-base font-medium text-slate-700 hover:bg-white"
          >
            See my bookings
          </Link>
        </div>
      </section>

      <section className="relative mx-auto max-w-5xl px-4 pb-24 sm:px-6" aria-labelledby="how-it-works">
        <h2
          id="how-it-works"
          className="mb-6 text-center text-sm font-semibold tracking-wider text-slate-500 uppercase"
        >
          How it works
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {steps.map((step, index) => (
            <li key={step.title} className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm">
              <span className="flex h-9 w-9 items-center justify-center rounded-full bg-indigo-50 text-sm font-semibold text-indigo-700">
                {index + 1}
              </span>
              <h3 className="mt-4 font-semibold text-slate-900">{step.title}</h3>
              <p className="mt-2 text-sm leading-6 text-slate-600">{step.body}</p>
            </li>
          ))}
        </ol>
      </section>
    </main>
  );
}
