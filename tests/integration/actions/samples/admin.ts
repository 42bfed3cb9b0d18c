// Samples for the admin area's server actions (app/admin/**/actions.ts): each builds a real target (a booking of
// the owner, a listed number, a provider of the demo directory) so the admin's call does the real work.
import { actorOf } from "@/lib/admin/audit-actions";
import { systemClock } from "@/lib/clock";
import { addToDoNotCallList } from "@/lib/do-not-call/do-not-call-list";
import { callingBooking, dentists, settledBooking, userIdOf } from "../../admin/admin-fixtures";
import { emptyProviderValues } from "@/app/admin/providers/provider-form";
import type { ActionSamples } from "./types";

let numbers = 0;
/** A fresh fictional number (413-555-01xx: an area code the demo directory does not use) per sample. */
export function freshPhone(): string {
  numbers++;
  return `+1413555${String(100 + ((process.pid + numbers * 7) % 100)).padStart(4, "0")}`;
}

/** A form's data as the browser would send it. */
export function form(values: Record<string, string | Blob>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

/** The add-provider form as a person fills it in: a dentist in Boston, its hours left as offered. */
export function providerForm(values: { name: string; phone: string }): FormData {
  return form({ ...emptyProviderValues, ...values, address: `1 ${values.name} St`, city: "Boston" });
}

export const samples: ActionSamples = {
  "app/admin/bookings/[id]/actions.ts#retryCallAction": {
    prepare: async ({ ownerId }) => ({ call_id: (await settledBooking(ownerId)).unanswered }),
  },
  "app/admin/bookings/[id]/actions.ts#cancelPendingCallsAction": {
    prepare: async ({ ownerId }) => ({ booking_id: (await callingBooking(ownerId)).bookingId }),
  },
  "app/admin/bookings/[id]/actions.ts#resolveBookingAction": {
    prepare: async ({ ownerId }) =>
      form({ booking_id: (await settledBooking(ownerId)).bookingId, note: "Booked by phone directly." }),
  },
  "app/admin/do-not-call/actions.ts#addDoNotCallAction": {
    prepare: async () => form({ phone: freshPhone(), country: "US", reason: "" }),
  },
  "app/admin/do-not-call/actions.ts#removeDoNotCallAction": {
    prepare: async ({ sessions }) => {
      const admin = actorOf({ userId: await userIdOf(sessions.adminEmail), email: sessions.adminEmail });
      const { phone } = await addToDoNotCallList({ phone: freshPhone() }, admin, systemClock);
      return { phone };
    },
  },
  "app/admin/do-not-call/actions.ts#confirmOptOutAction": {
    // No opt-out waits for this number: the admin is let through and told so (not_found), nobody else gets that far.
    prepare: async () => ({ phone: freshPhone() }),
  },
  "app/admin/people/[id]/actions.ts#savePersonLimitsAction": {
    prepare: async ({ ownerId }) =>
      form({ person_id: ownerId, bookings_per_day: "7", calls_per_day: "", llm_tokens_per_day: "" }),
  },
  "app/admin/providers/actions.ts#createProviderAction": {
    prepare: async () => providerForm({ name: `Sample Dental ${numbers}`, phone: freshPhone() }),
  },
  "app/admin/providers/actions.ts#updateProviderAction": {
    prepare: async () => form({ provider_id: dentists[2], rating: "4.4" }),
  },
  "app/admin/providers/actions.ts#setProviderDisabledAction": {
    prepare: async () => form({ provider_id: dentists[1], disabled: "true" }),
  },
  "app/admin/providers/actions.ts#importProvidersAction": {
    prepare: async () => {
      const csv = `name,service_type,phone,address,city,country,opening_hours\nSample Barbers ${numbers},barber,${freshPhone()},"${numbers} Elm St",Somerville,US,tue-sat 09:00-18:00\n`;
      return form({ csv: "", file: new File([csv], "providers.csv", { type: "text/csv" }) });
    },
  },
};
