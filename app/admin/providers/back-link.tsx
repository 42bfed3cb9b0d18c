// "← Providers": the way back to the directory from a provider's page, the new-provider form and the CSV import.
import { useTranslations } from "next-intl";
import Link from "next/link";

export function BackToProviders() {
  const t = useTranslations("adminProviders");
  return (
    <Link href="/admin/providers" className="text-sm font-medium text-indigo-600 hover:text-indigo-500">
      {t("backToList")}
    </Link>
  );
}
