// The main navigation, with the current section highlighted; administrators also see the admin area.
"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { authClient } from "@/app/auth-client";

const links = [
  { href: "/chat", label: "New request", short: "New", matches: ["/chat"] },
  { href: "/dashboard", label: "Dashboard", short: "Stats", matches: ["/dashboard"] },
  { href: "/bookings", label: "My bookings", short: "Bookings", matches: ["/bookings", "/booking/"] },
  { href: "/calendar", label: "My calendar", short: "Calendar", matches: ["/calendar"] },
  { href: "/account", label: "My account", short: "Account", matches: ["/account"] },
];

const adminLink = { href: "/admin", label: "Admin", short: "Admin", matches: ["/admin"] };

export function NavLinks() {
  const pathname = usePathname();
  const { data } = authClient.useSession();
  // Only decides whether to show the link; the admin area checks the role on the server itself.
  const isAdmin = (data?.user as { role?: string | null } | undefined)?.role === "admin";
  return (
    <nav aria-label="Main" className="flex items-center gap-1 text-sm">
      {(isAdmin ? [...links, adminLink] : links).map((link) => {
        const active = link.matches.some((prefix) => pathname.startsWith(prefix));
        return (
          <Link
            key={link.href}
            href={link.href}
            className={`rounded-lg px-2 py-1.5 font-medium whitespace-nowrap transition-colors sm:px-3 ${
              active
                ? "bg-indigo-50 text-indigo-700"
                : "text-slate-600 hover:bg-slate-100 hover:text-slate-900"
            }`}
          >
            <span className="sm:hidden">{link.short}</span>
            <span className="hidden sm:inline">{link.label}</span>
          </Link>
        );
      })}
    </nav>
  );
}
