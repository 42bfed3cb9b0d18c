// The admin area's frame: a wide column with the admin tabs. It draws the tabs only for admins; the access check
// itself is in every page (lib/admin/page-access.ts), since a layout is not re-run on every navigation.
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { isAdminViewer } from "@/lib/admin/page-access";
import { AdminNav } from "./_components/admin-nav";

export async function generateMetadata(): Promise<Metadata> {
  const area = (await getTranslations("adminShell.layout"))("area");
  return { title: { default: area, template: `%s · ${area} · CallPilot` } };
}

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  if (!(await isAdminViewer())) return children;
  const [t, messages] = await Promise.all([getTranslations("adminShell.layout"), getMessages()]);
  // The root layout sends the browser the pages' messages only; the admin area's client components need theirs too.
  return (
    <NextIntlClientProvider messages={messages}>
      <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col px-4 py-6 sm:px-6 lg:py-8">
        <div className="mb-6 flex flex-col gap-3 border-b border-slate-200 pb-3 sm:flex-row sm:items-center sm:justify-between">
          <p className="flex items-center gap-2 text-xs font-semibold tracking-wider text-slate-500 uppercase">
            <span className="h-2 w-2 rounded-full bg-violet-500" aria-hidden="true" />
            {t("area")}
          </p>
          <AdminNav />
        </div>
        {children}
      </div>
    </NextIntlClientProvider>
  );
}
