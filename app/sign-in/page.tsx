// /sign-in – email and password; then back to where the person came from (?next=).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthPanel } from "@/app/_components/auth-panel";
import { CredentialsForm } from "@/app/_components/credentials-form";
import { safeNextPath } from "@/lib/auth/next-path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("signIn") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { next } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <AuthPanel title={t("signInTitle")} subtitle={t("signInSubtitle")}>
      <CredentialsForm mode="sign-in" next={safeNextPath(next)} />
    </AuthPanel>
  );
}
