// The booking request a chat extracts: one zod schema, the single source of truth for its fields and their JSON names.
import { z } from "zod";

export const serviceTypes = [
  "dentist",
  "doctor",
  "hair_salon",
  "barber",
  "auto_mechanic",
  "plumber",
  "electrician",
  "massage",
  "veterinarian",
  "restaurant",
] as const;
export const serviceTypeSchema = z.enum(serviceTypes);
export type ServiceType = z.infer<typeof serviceTypeSchema>;

export const serviceLabels: Record<ServiceType, string> = {
  dentist: "dentist",
  doctor: "doctor",
  hair_salon: "hair salon",
  barber: "barber",
  auto_mechanic: "auto mechanic",
  plumber: "plumber",
  electrician: "electrician",
  massage: "massage therapist",
  veterinarian: "veterinarian",
  restaurant: "restaurant",
};

/** The languages the intake understands and answers in; a request without one is in English. */
export const languages = ["en", "es", "fr", "de"] as const;
export const languageSchema = z.enum(languages);
export type Language = z.infer<typeof languageSchema>;

/** "HH:MM", 24-hour clock, in the booking's time zone. */
export const clockTimeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, "expected a time such as 08:00");

export const timeOfDaySchema = z
  .object({ start: clockTimeSchema, end: clockTimeSchema })
  .refine((range) => range.start < range.end, "time of day must start before it ends");
export type TimeOfDay = z.infer<typeof timeOfDaySchema>;

/** ISO 8601 instant with an explicit offset, e.g. 2026-11-30T00:00:00-05:00. */
export const isoInstantSchema = z.iso.datetime({ offset: true });

export const dateWindowSchema = z
  .object({ start: isoInstantSchema, end: isoInstantSchema })
  .refine(
    (window) => Date.parse(window.start) < Date.parse(window.end),
    "the window must start before it ends",
  );
export type DateWindow = z.infer<typeof dateWindowSchema>;

export const bookingRequestSchema = z.object({
  service_type: serviceTypeSchema.nullable().describe("What kind of business to book with."),
  location: z.string().trim().min(1).max(200).nullable().describe("Where, as the person said it."),
  timeframe: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .nullable()
    .describe("When, normalised: today, tomorrow, this week, next week, a date such as 2026-12-03, ..."),
  window: dateWindowSchema
    .nullable()
    .describe("The timeframe resolved to instants in the booking's time zone."),
  preferred_time: z.string().trim().min(1).max(100).nullable().describe("Preferred time of day, as said."),
  time_of_day: timeOfDaySchema.nullable().describe("The preferred time of day as a clock range."),
  party_size: z.number().int().min(1).max(50).nullable().describe("How many people (restaurants)."),
  client_name: z.string().trim().min(1).max(100).nullable().describe("The name to book under."),
  notes: z.string().trim().min(1).max(1000).nullable().describe("Anything else the business should know."),
  language: languageSchema
    .optional()
    .describe("The language the person writes in (en, es, fr, de); absent means English."),
});
export type BookingRequest = z.infer<typeof bookingRequestSchema>;

export const emptyBookingRequest: BookingRequest = {
  service_type: null,
  location: null,
  timeframe: null,
  window: null,
  preferred_time: null,
  time_of_day: null,
  party_size: null,
  client_name: null,
  notes: null,
};

/** The fields a person may edit on the summary card or send through the API: every field optional. */
export const bookingRequestPatchSchema = bookingRequestSchema.partial();
export type BookingRequestPatch = z.infer<typeof bookingRequestPatchSchema>;

/** The request's language: the one the person writes in, English until they write in another. */
export function requestLanguage(request: BookingRequest): Language {
  return request.language ?? "en";
}

export const requiredFields = ["service_type", "location", "timeframe"] as const;

export function missingRequiredFields(request: BookingRequest): (typeof requiredFields)[number][] {
  return requiredFields.filter((field) => request[field] === null);
}

export const taskStatuses = ["gathering_info", "ready_to_call", "requires_user_attention"] as const;
export type TaskStatus = (typeof taskStatuses)[number];
