// The header on every page: the CallPilot name and mark, the main navigation, the language switch and who is signed
// in.
import Link from "next/link";
import { BrandMark } from "./brand-mark";
import { BrowserSessionSync } from "./browser-session-sync";
import { LanguageSwitch } from "./language-switch";
import { NavLinks } from "./nav-links";
import { SessionControls } from "./session-controls";

export function SiteHeader() {
  return (
    <header className="sticky top-0 z-20 border-b border-slate-200/80 bg-white/85 backdrop-blur">
      <div className="mx-auto flex h-16 max-w-6xl items-center gap-2 px-3 sm:gap-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2.5 font-semibold tracking-tight text-slate-900">
          <BrandMark />
          <span className="hidden text-lg sm:inline">CallPilot</span>
        </Link>
        <NavLinks />
        <div className="ml-auto flex items-center gap-2">
          <LanguageSwitch />
          <SessionControls />
        </div>
        <BrowserSessionSync />
      </div>
    </header>
  );
}
