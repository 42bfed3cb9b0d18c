// The frame of every page: the header with navigation and session state, then the page itself.
import type { Metadata } from "next";
import { connection } from "next/server";
import { SiteHeader } from "./_components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "CallPilot", template: "%s · CallPilot" },
  description: "Tell CallPilot what appointment you need; it phones the businesses and books the best slot.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: Next.js puts each request's CSP nonce (proxy.ts) on its scripts, and a page
  // rendered at build time would carry none, so its scripts would be blocked.
  await connection();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-slate-50 text-slate-900 antialiased">
        <SiteHeader />
        <div className="flex flex-1 flex-col">{children}</div>
        <footer className="border-t border-slate-200 bg-white/60 py-5 text-center text-xs text-slate-500">
          CallPilot phones businesses for you and books the slot that fits.
        </footer>
      </body>
    </html>
  );
}
