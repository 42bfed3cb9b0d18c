// /sign-up – create an account with email and password; a guest keeps their requests. Then back to ?next=.
import type { Metadata } from "next";
import { AuthPanel } from "@/app/_components/auth-panel";
import { CredentialsForm } from "@/app/_components/credentials-form";
import { safeNextPath } from "@/lib/auth/next-path";

export const metadata: Metadata = { title: "Sign up" };

export default async function SignUpPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { next } = await searchParams;
  return (
    <AuthPanel
      title="Create your account"
      subtitle="Keep the requests you started as a guest, and see them anywhere. We email you a link to verify your address: CallPilot only calls businesses for verified accounts."
    >
      <CredentialsForm mode="sign-up" next={safeNextPath(next)} />
    </AuthPanel>
  );
}
