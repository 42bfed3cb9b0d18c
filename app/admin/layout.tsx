// The admin area's frame: a wide column with the admin tabs. It draws the tabs only for admins; the access check
// itself is in every page (lib/admin/page-access.ts), since a layout is not re-run on every navigation.
import type { Metadata } from "next";
import { isAdminViewer } from "@/lib/admin/page-access";
import { AdminNav } from "./_components/admin-nav";

export const metadata: Metadata = { title: { default: "Admin", template: "%s · Admin · CallPilot" } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  if (!(await isAdminViewer())) return children;
  return (
    <div className="mx-auto flex w-full max-w-7xl flex-1 flex-col px-4 py-6 sm:px-6 lg:py-8">
      <div className="mb-6 flex flex-col gap-3 border-b border-slate-200 pb-3 sm:flex-row sm:items-center sm:justify-between">
        <p className="flex items-center gap-2 text-xs font-semibold tracking-wider text-slate-500 uppercase">
          <span className="h-2 w-2 rounded-full bg-violet-500" aria-hidden="true" />
          Admin
        </p>
        <AdminNav />
      </div>
      {children}
    </div>
  );
}
