// /admin/people/{id} – one person: email verification, consent (version, time), today's allowance, and the form to
// raise or lower their daily limits (each change goes to the audit log).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { adminTimeZone } from "@/lib/admin/admin-time";
import { requireAdminPage } from "@/lib/admin/page-access";
import { loadPersonDetail, type PersonDetail } from "@/lib/admin/people";
import { AppError } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime";
import { PersonOverview } from "./person-overview";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPeople.person"))("title") };
}

export default async function AdminPersonPage(props: { params: Promise<{ id: string }> }) {
  const { id } = await props.params;
  await requireAdminPage(`/admin/people/${id}`);
  let person: PersonDetail;
  try {
    person = await loadPersonDetail(id, getRuntime().clock);
  } catch (error) {
    if (error instanceof AppError && error.type === "not_found") notFound();
    throw error;
  }

  // The page only loads; its words are drawn by PersonOverview, in the render (the access tests call this function
  // directly, outside a React server render, where next-intl's server functions are not available).
  return (
    <main className="max-w-3xl" data-testid="admin-person" data-person-id={person.id}>
      <PersonOverview person={person} zone={adminTimeZone()} />
    </main>
  );
}
