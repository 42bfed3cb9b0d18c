// The frame of every page: the header with navigation and session state, then the page itself, in the person's
// language (i18n/request.ts negotiates it; client components get its messages through NextIntlClientProvider, the admin area's only on admin pages).
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { connection } from "next/server";
import { withoutAdmin } from "@/i18n/messages";
import { SiteHeader } from "./_components/site-header";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("layout");
  return {
    title: { default: "CallPilot", template: "%s · CallPilot" },
    description: t("description"),
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: Next.js puts each request's CSP nonce (proxy.ts) on its scripts, and a page
  // rendered at build time would carry none, so its scripts would be blocked.
  await connection();
  const [locale, t, messages] = await Promise.all([getLocale(), getTranslations("layout"), getMessages()]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        <NextIntlClientProvider messages={withoutAdmin(messages)}>
          <SiteHeader />
          <div className="flex flex-1 flex-col">{children}</div>
          <footer className="border-t border-slate-200 bg-white/60 py-5 text-center text-xs text-slate-500">
            {t("footer")}
          </footer>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
