// /admin/providers/new – add a provider to the directory by hand.
import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminPage } from "@/lib/admin/page-access";
import { cardClass, PageHeader } from "../../_components/page-header";
import { emptyProviderValues, ProviderForm } from "../provider-form";

export const metadata: Metadata = { title: "Add a provider" };

export default async function NewProviderPage() {
  await requireAdminPage("/admin/providers/new");
  return (
    <main className="max-w-3xl">
      <Link href="/admin/providers" className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
        ← Providers
      </Link>
      <div className="mt-3">
        <PageHeader
          title="Add a provider"
          description="It can be called for bookings as soon as it is saved."
        />
      </div>
      <div className={`${cardClass} p-5 sm:p-6`}>
        <ProviderForm initial={emptyProviderValues} />
      </div>
    </main>
  );
}
