// /sign-in – email and password; then back to where the person came from (?next=).
import type { Metadata } from "next";
import { AuthPanel } from "@/app/_components/auth-panel";
import { CredentialsForm } from "@/app/_components/credentials-form";
import { safeNextPath } from "@/lib/auth/next-path";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ next?: string | string[] }>;
}) {
  const { next } = await searchParams;
  return (
    <AuthPanel title="Sign in" subtitle="Your requests and bookings, on any device.">
      <CredentialsForm mode="sign-in" next={safeNextPath(next)} />
    </AuthPanel>
  );
}
