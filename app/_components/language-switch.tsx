// The header's language switch: one small button per language, each posting the choice to /api/locale, which sets
// the cookie and sends the browser back to the same page, now in that language. A plain form: it works before
// scripts load, and for a visitor without a session yet.
import { getLocale, getTranslations } from "next-intl/server";
import { locales, localeNames } from "@/i18n/locales";

export async function LanguageSwitch() {
  const [current, t] = await Promise.all([getLocale(), getTranslations("header")]);
  return (
    <form
      action="/api/locale"
      method="post"
      aria-label={t("language")}
      data-testid="language-switch"
      className="flex items-center rounded-lg border border-slate-200 p-0.5 text-xs"
    >
      {locales.map((locale) => (
        <button
          key={locale}
          type="submit"
          name="locale"
          value={locale}
          lang={locale}
          title={localeNames[locale]}
          aria-label={localeNames[locale]}
          aria-pressed={locale === current}
          data-testid={`language-${locale}`}
          className={`rounded-md px-1.5 py-1 font-medium uppercase ${
            locale === current
              ? "bg-slate-900 text-white"
              : "text-slate-500 hover:bg-slate-100 hover:text-slate-900"
          }`}
        >
          {locale}
        </button>
      ))}
    </form>
  );
}
