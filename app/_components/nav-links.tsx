// The main navigation, with the current section highlighted; administrators also see the admin area.
"use client";

import { useTranslations } from "next-intl";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { authClient } from "@/app/auth-client";

// Each link's label is nav.{key} and its narrow-screen label nav.{key}Short.
const links = [
  { href: "/chat", key: "chat", matches: ["/chat"] },
  { href: "/dashboard", key: "dashboard", matches: ["/dashboard"] },
  { href: "/bookings", key: "bookings", matches: ["/bookings", "/booking/"] },
  { href: "/calendar", key: "calendar", matches: ["/calendar"] },
  { href: "/account", key: "account", matches: ["/account"] },
] as const;

const adminLink = { href: "/admin", key: "admin", matches: ["/admin"] } as const;

export function NavLinks() {
  const pathname = usePathname();
  const t = useTranslations("nav");
  const { data } = authClient.useSession();
  // Only decides whether to show the link; the admin area checks the role on the server itself.
  const isAdmin = (data?.user as { role?: string | null } | undefined)?.role === "admin";
  return (
    <nav aria-label={t("label")} className="flex items-center gap-1 text-sm">
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
            <span className="sm:hidden">{t(`${link.key}Short`)}</span>
            <span className="hidden sm:inline">{t(link.key)}</span>
          </Link>
        );
      })}
    </nav>
  );
}
