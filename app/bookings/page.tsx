// /bookings – the person's bookings, newest first, read on the server (GET /api/bookings's function).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { getCaller } from "@/lib/auth/session";
import { listBookingHistory } from "@/lib/booking/booking-history";
import { BookingHistory } from "./booking-history";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("titles"))("bookings") };
}

export default async function BookingsPage() {
  const caller = await getCaller(await headers());
  const bookings = caller ? await listBookingHistory(caller.userId) : [];
  const t = await getTranslations("bookings");
  return (
    <main className="mx-auto w-full max-w-4xl px-4 py-8 sm:px-6 lg:py-12">
      <div className="mb-6 flex items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">{t("title")}</h1>
          <p className="mt-1 text-sm text-slate-500">{t("lead")}</p>
        </div>
      </div>
      <BookingHistory bookings={bookings} />
    </main>
  );
}
