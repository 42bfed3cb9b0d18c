// The admin area's tabs: overview, bookings, providers, people, the do-not-call list and the audit log.
"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";

// Each tab is labelled adminShell.nav.{key}.
const tabs = [
  { href: "/admin", key: "overview", exact: true },
  { href: "/admin/bookings", key: "bookings" },
  { href: "/admin/providers", key: "providers" },
  { href: "/admin/people", key: "people" },
  { href: "/admin/do-not-call", key: "doNotCall" },
  { href: "/admin/audit-log", key: "auditLog" },
] as const;

export function AdminNav() {
  const t = useTranslations("adminShell.nav");
  const pathname = usePathname();
  return (
    <nav
      aria-label={t("label")}
      className="-mx-1 flex gap-1 overflow-x-auto pb-1 text-sm"
      data-testid="admin-nav"
    >
      {tabs.map((tab) => {
        const active = "exact" in tab ? pathname === tab.href : pathname.startsWith(tab.href);
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={`rounded-lg px-3 py-1.5 font-medium whitespace-nowrap transition-colors ${
              active
                ? "bg-slate-900 text-white shadow-sm"
                : "text-slate-600 hover:bg-white hover:text-slate-900"
            }`}
          >
            {t(tab.key)}
          </Link>
        );
      })}
    </nav>
  );
}
