// The person's after-booking settings (GET /api/account/settings and its PUTs): the day-before reminder emails on or
// off, their verified phone, and whether and when an agent may put a business through to them. One zod schema per
// setting, shared by REST and the account page's forms (which post "true"/"false" and a checkbox).
import { z } from "zod";
import { getAfterBookingSettings, saveHandoverSettings, setAppointmentReminders } from "@/db/person-profiles";
import type { Caller } from "@/lib/auth/session";
import type { Clock } from "@/lib/clock";
import { conflict, forbidden } from "@/lib/errors";
import { handoverHoursSchema, type HandoverHours } from "./handover-hours";
import { sentence } from "@/lib/sentences/sentence";
import { validationMessage } from "@/lib/sentences/validation-message";

export interface AfterBookingSettingsView {
  appointment_reminders: boolean;
  verified_phone: string | null;
  phone_verified_at: string | null;
  handover: { consent: boolean; hours: HandoverHours | null };
}

export async function afterBookingSettingsView(userId: string): Promise<AfterBookingSettingsView> {
  const settings = await getAfterBookingSettings(userId);
  return {
    appointment_reminders: settings.appointmentReminders,
    verified_phone: settings.verifiedPhone,
    phone_verified_at: settings.phoneVerifiedAt?.toISOString() ?? null,
    handover: { consent: settings.handoverConsent, hours: settings.handoverHours },
  };
}

/** A yes/no as JSON sends it (true) or a form posts it ("true", or "on" from a checked checkbox). */
const yesNo = z.union([z.boolean(), z.enum(["true", "false", "on"]).transform((value) => value !== "false")]);

export const remindersSchema = z
  .object({
    appointment_reminders: yesNo.describe(
      "Whether to email a reminder the day before each booked appointment.",
    ),
  })
  .strict();

export async function updateAppointmentReminders(
  caller: Caller,
  input: z.output<typeof remindersSchema>,
  clock: Clock,
): Promise<AfterBookingSettingsView> {
  await setAppointmentReminders(caller.userId, input.appointment_reminders, clock.now());
  return afterBookingSettingsView(caller.userId);
}

export const handoverSettingsSchema = z
  .object({
    consent: z
      .boolean()
      .describe(
        "Let CallPilot put a business through to the person when it insists (needs a verified phone).",
      ),
    hours: handoverHoursSchema.nullable().describe("When a hand-over may ring the person; null: never."),
  })
  .strict()
  .refine((settings) => !settings.consent || settings.hours !== null, {
    message: validationMessage("validationChooseHandoverHours"),
    path: ["hours"],
  });
export type HandoverSettingsInput = z.output<typeof handoverSettingsSchema>;

/** The account page's form: an unticked checkbox is absent, and empty times mean no hours. */
export const handoverFormSchema = z
  .object({
    consent: z.enum(["true", "on"]).optional(),
    start: z.string().trim().default(""),
    end: z.string().trim().default(""),
    time_zone: z.string().trim().default(""),
  })
  .transform((form) => ({
    consent: form.consent !== undefined,
    hours:
      form.start === "" && form.end === ""
        ? null
        : { start: form.start, end: form.end, time_zone: form.time_zone },
  }))
  .pipe(handoverSettingsSchema);

export async function updateHandoverSettings(
  caller: Caller,
  input: HandoverSettingsInput,
  clock: Clock,
): Promise<AfterBookingSettingsView> {
  if (input.consent && caller.isAnonymous) throw forbidden(sentence("errorHandoverNeedsAccount"));
  const saved = await saveHandoverSettings(caller.userId, input, clock.now());
  if (!saved) throw conflict(sentence("errorHandoverNeedsVerifiedPhone"));
  return afterBookingSettingsView(caller.userId);
}
