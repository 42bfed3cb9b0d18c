// The centred card that frames the sign-in and sign-up forms.
import { BrandMark } from "./brand-mark";

export function AuthPanel(props: { title: string; subtitle: string; children: React.ReactNode }) {
  return (
    <main className="flex flex-1 items-start justify-center px-4 py-16 sm:py-24">
      <div className="w-full max-w-sm rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <BrandMark className="h-10 w-10" />
        <h1 className="mt-4 text-xl font-semibold tracking-tight text-slate-900">{props.title}</h1>
        <p className="mt-1 mb-6 text-sm text-slate-500">{props.subtitle}</p>
        {props.children}
      </div>
    </main>
  );
}
