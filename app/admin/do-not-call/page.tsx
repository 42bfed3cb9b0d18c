// /admin/do-not-call – numbers CallPilot never dials: add one (any format, saved as E.164) or remove it, and review
// the opt-outs heard on calls (confirm one to list its number for everyone).
import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { requireAdminPage } from "@/lib/admin/page-access";
import { adminTimeZone } from "@/lib/admin/admin-time";
import { listDoNotCall } from "@/lib/do-not-call/do-not-call-list";
import { listOptOutsToReview } from "@/lib/do-not-call/opt-out-review";
import { cardClass, PageHeader } from "../_components/page-header";
import { AddNumberForm } from "./do-not-call-forms";
import { ListedNumbers } from "./listed-numbers";
import { PendingOptOuts } from "./pending-opt-outs";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPeople.doNotCall"))("title") };
}

export default async function DoNotCallPage() {
  await requireAdminPage("/admin/do-not-call");
  const [entries, pending] = await Promise.all([listDoNotCall(), listOptOutsToReview()]);
  const timeZone = adminTimeZone();
  // The page only loads; its words are drawn by the components below, in the render (the access tests call this
  // function directly, outside a React server render, where next-intl's server functions are not available).
  return (
    <main data-testid="admin-do-not-call">
      <DoNotCallHeader />
      <div className="grid gap-5 lg:grid-cols-[20rem_minmax(0,1fr)]">
        <AddNumberCard />
        <div className="flex min-w-0 flex-col gap-5">
          <PendingOptOuts optOuts={pending} timeZone={timeZone} />
          <ListedNumbers entries={entries} timeZone={timeZone} />
        </div>
      </div>
    </main>
  );
}

function DoNotCallHeader() {
  const t = useTranslations("adminPeople.doNotCall");
  return <PageHeader title={t("title")} description={t("description")} />;
}

function AddNumberCard() {
  const t = useTranslations("adminPeople.doNotCall");
  return (
    <section className={`${cardClass} h-fit p-5`} aria-labelledby="add-number">
      <h2 id="add-number" className="mb-3 font-semibold text-slate-900">
        {t("addTitle")}
      </h2>
      <AddNumberForm />
    </section>
  );
}
