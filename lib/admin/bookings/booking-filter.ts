// The admin bookings table's filters, one zod schema for the page's query string and the API's: status, service
// type, a date range (local dates in the admin time zone), a person, a dialer, resolved or not, and the page.
import { z } from "zod";
import { bookingStatuses } from "@/db/schema";
import type { AdminBookingQuery } from "@/db/admin-bookings";
import { serviceTypeSchema } from "@/lib/intake/booking-request";
import { endOfLocalDate, startOfLocalDate } from "@/lib/admin/admin-time";

export const dialerNames = ["simulated", "elevenlabs", "twilio"] as const;

const localDate = z.iso.date({ error: "expected a date such as 2026-12-01" });

export const adminBookingFilterSchema = z
  .object({
    status: z.enum(bookingStatuses).optional(),
    service_type: serviceTypeSchema.optional(),
    from: localDate.optional(),
    to: localDate.optional(),
    user: z.string().trim().min(1).max(200).optional(),
    dialer: z.enum(dialerNames).optional(),
    resolution: z.enum(["resolved", "unresolved"]).optional(),
    page: z.coerce.number().int().min(1).max(100_000).default(1),
  })
  .strict()
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, {
    message: "the date range must start before it ends",
    path: ["to"],
  });
export type AdminBookingFilter = z.infer<typeof adminBookingFilterSchema>;

export function toBookingQuery(filter: AdminBookingFilter, timeZone: string): AdminBookingQuery {
  return {
    status: filter.status,
    serviceType: filter.service_type,
    createdFrom: filter.from ? startOfLocalDate(filter.from, timeZone) : undefined,
    createdBefore: filter.to ? endOfLocalDate(filter.to, timeZone) : undefined,
    user: filter.user,
    dialer: filter.dialer,
    resolution: filter.resolution,
  };
}
