// /sign-up – create an account with email and password; a guest keeps their requests. Then back to ?next=.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AuthPanel } from "@/app/_components/auth-panel";
import { CredentialsForm } from "@/app/_components/credentials-form";
import { safeNextPath } from "@/lib/auth/next-path";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("signUp") };
}

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { next } = await searchParams;
  const t = await getTranslations("auth");
  return (
    <AuthPanel title={t("signUpTitle")} subtitle={t("signUpSubtitle")}>
      <CredentialsForm mode="sign-up" next={safeNextPath(next)} />
    </AuthPanel>
  );
}
