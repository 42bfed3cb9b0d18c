// The structured output the intake LLM must produce, and how it becomes a valid booking request. The schema is
// the booking request's, loosened for providers' strict JSON modes: every field present and nullable, no length
// or format limits (those are checked here afterwards, field by field).
import { z } from "zod";
import {
  bookingRequestSchema,
  languageSchema,
  serviceTypeSchema,
  type BookingRequest,
} from "./booking-request";

const fields = bookingRequestSchema.shape;
const text = (field: keyof typeof fields) =>
  z
    .string()
    .nullable()
    .describe(fields[field].description ?? field);
const range = (field: keyof typeof fields) =>
  z
    .object({ start: z.string(), end: z.string() })
    .nullable()
    .describe(fields[field].description ?? field);

export const modelRequestSchema = z.object({
  service_type: serviceTypeSchema.nullable().describe(fields.service_type.description ?? "service_type"),
  location: text("location"),
  timeframe: text("timeframe"),
  window: range("window"),
  preferred_time: text("preferred_time"),
  time_of_day: range("time_of_day"),
  // A plain number: providers' schema dialects differ on integer bounds; whole numbers are checked afterwards.
  party_size: z
    .number()
    .nullable()
    .describe(fields.party_size.description ?? "party_size"),
  client_name: text("client_name"),
  notes: text("notes"),
  language: languageSchema.nullable().describe(fields.language.description ?? "language"),
});
export type ModelRequest = z.infer<typeof modelRequestSchema>;

export const intakeOutputSchema = z.object({
  reply: z.string().describe("What to say to the person: one to three short sentences, plain text."),
  request: modelRequestSchema.describe("The whole booking request after this message."),
  attention: z
    .string()
    .nullable()
    .describe("One sentence on what the person must sort out before CallPilot can call, or null."),
});
export type IntakeOutput = z.infer<typeof intakeOutputSchema>;

/**
 * The model's request as a valid booking request: each field that fails the booking schema keeps its value from
 * `current`, so one bad field never loses the rest of the turn. Party sizes above the schema's limit pass through
 * so the turn's checks can ask the person about them.
 */
export function toBookingRequest(proposed: ModelRequest, current: BookingRequest): BookingRequest {
  const result = { ...current };
  const keys = Object.keys(fields) as (keyof BookingRequest)[];
  for (const key of keys) {
    const value =
      typeof proposed[key] === "string" ? (proposed[key] as string).trim() || null : proposed[key];
    if (key === "party_size" && typeof value === "number" && Number.isInteger(value) && value >= 1) {
      result.party_size = value;
      continue;
    }
    const parsed = fields[key].safeParse(value);
    if (parsed.success) Object.assign(result, { [key]: parsed.data });
  }
  return result;
}
