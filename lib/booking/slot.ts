// An appointment slot and the default length of an appointment per kind of business.
import { z } from "zod";
import { isoInstantSchema, type ServiceType } from "@/lib/intake/booking-request";
import { sentenceSchema } from "@/lib/sentences/sentence-schema";

export const slotSchema = z
  .object({ start: isoInstantSchema, end: isoInstantSchema })
  .refine((slot) => Date.parse(slot.start) < Date.parse(slot.end), "a slot must start before it ends");
export type Slot = z.infer<typeof slotSchema>;

/** A slot a business offered on a call, with the verdict of check_availability on it. */
export const offeredSlotSchema = z.object({
  start: isoInstantSchema,
  end: isoInstantSchema,
  fits: z.boolean(),
  /** Why it does not fit (outside the window, clashes with another appointment...); null when it fits. */
  reason: z.string().nullable(),
  /** The same reason as a sentence each reader's page words in its language (lib/sentences); absent on old rows. */
  reason_sentence: sentenceSchema.nullable().optional(),
});
export type OfferedSlot = z.infer<typeof offeredSlotSchema>;

const minutesByService: Record<ServiceType, number> = {
  dentist: 60,
  doctor: 30,
  hair_salon: 60,
  barber: 30,
  auto_mechanic: 120,
  plumber: 120,
  electrician: 120,
  massage: 60,
  veterinarian: 30,
  restaurant: 90,
};

export function appointmentMinutes(serviceType: ServiceType): number {
  return minutesByService[serviceType];
}

export function slotFrom(start: Date, minutes: number): Slot {
  return { start: start.toISOString(), end: new Date(start.getTime() + minutes * 60_000).toISOString() };
}

export function overlaps(a: { start: Date; end: Date }, b: { start: Date; end: Date }): boolean {
  return a.start < b.end && b.start < a.end;
}
