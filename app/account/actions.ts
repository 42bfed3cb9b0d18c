"use server";
// The account page's changes (and the consent form's, wherever it is shown), each the twin of an /api/account route:
// the same zod schema and lib/ function, then a fresh render of the page.
import { revalidatePath } from "next/cache";
import {
  handoverFormSchema,
  remindersSchema,
  updateAppointmentReminders,
  updateHandoverSettings,
} from "@/lib/account/after-booking-settings";
import {
  confirmPhoneCode,
  phoneCodeSchema,
  phoneNumberSchema,
  removePhone,
  sendPhoneCode,
} from "@/lib/account/phone-verification";
import { personAction, withMessage } from "@/lib/actions/server-action";
import { personProfileSchema, updatePersonProfile } from "@/lib/calls/questions/person-profile";
import { consentRequestSchema, giveConsent } from "@/lib/guardrails/consent";
import { getRuntime } from "@/lib/runtime";
import { getSmsSender } from "@/lib/sms/select-sms-sender";
import { z } from "zod";

// PUT /api/account/profile's twin – replace the answers agents may give; an empty field means "ask me during the call"
export const savePersonProfileAction = personAction(personProfileSchema, async (profile, { caller }) => {
  const saved = await updatePersonProfile(caller.userId, profile, getRuntime().clock);
  revalidatePath("/account");
  return withMessage(saved, "Saved. Agents will give these when asked.");
});

// POST /api/account/consent's twin – the person agrees, once, that CallPilot may call businesses on their behalf
export const giveConsentAction = personAction(consentRequestSchema, async ({ version }, { caller }) => {
  const consent = await giveConsent(caller, version, getRuntime().clock);
  revalidatePath("/account");
  return withMessage(consent, "Thank you: CallPilot may now call businesses for you.");
});

// PUT /api/account/settings/reminders' twin – the day-before reminder emails on or off
export const setAppointmentRemindersAction = personAction(remindersSchema, async (input, { caller }) => {
  const settings = await updateAppointmentReminders(caller, input, getRuntime().clock);
  revalidatePath("/account");
  return withMessage(
    settings,
    settings.appointment_reminders
      ? "Reminders on: you get an email the evening before each appointment."
      : "Reminders off.",
  );
});

// POST /api/account/phone's twin – text a 6-digit code to the person's phone
export const sendPhoneCodeAction = personAction(phoneNumberSchema, async (input, { caller }) => {
  const { clock, config } = getRuntime();
  const sent = await sendPhoneCode(caller, input, { clock, config, sms: getSmsSender() });
  revalidatePath("/account");
  return withMessage(
    sent,
    sent.sent_by === "sms"
      ? `We texted a code to ${sent.phone}. Type it below within 10 minutes.`
      : `Twilio is not set up, so the code for ${sent.phone} is in the server log. Type it below within 10 minutes.`,
  );
});

// POST /api/account/phone/verify's twin – type back the code
export const verifyPhoneCodeAction = personAction(phoneCodeSchema, async (input, { caller }) => {
  const { clock, config } = getRuntime();
  const verified = await confirmPhoneCode(caller, input, { clock, config });
  revalidatePath("/account");
  return withMessage(verified, `Verified: ${verified.verified_phone} is your phone.`);
});

const nothing = z.object({}).passthrough();

// DELETE /api/account/phone's twin – forget the verified phone (the hand-over consent goes with it)
export const removePhoneAction = personAction(nothing, async (_input, { caller }) => {
  await removePhone(caller, getRuntime().clock);
  revalidatePath("/account");
  return withMessage(null, "Your phone number is removed; no business will be put through to you.");
});

// PUT /api/account/settings/handover's twin – whether and when a business may be put through to the person
export const saveHandoverAction = personAction(handoverFormSchema, async (input, { caller }) => {
  const settings = await updateHandoverSettings(caller, input, getRuntime().clock);
  revalidatePath("/account");
  return withMessage(
    settings,
    settings.handover.consent
      ? "Saved: an agent may put a business through to you during the hours you chose."
      : "Saved: no business will be put through to you.",
  );
});
