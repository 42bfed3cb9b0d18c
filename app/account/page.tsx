// /account – the person's account: their email and its verification, their consent to calls, and how much of
// today's allowance is left.
import type { Metadata } from "next";
import { AccountOverview } from "./account-overview";

export const metadata: Metadata = { title: "My account" };

export default function AccountPage() {
  return (
    <main className="mx-auto w-full max-w-3xl px-4 py-8 sm:px-6 lg:py-12">
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900">My account</h1>
        <p className="mt-1 text-sm text-slate-500">
          Who CallPilot calls for, with your consent, and how much it may do for you today.
        </p>
      </div>
      <AccountOverview />
    </main>
  );
}
