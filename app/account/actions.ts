"use server";
// The account page's changes (and the consent form's, wherever it is shown), each the twin of an /api/account route:
// the same zod schema and lib/ function, then a fresh render of the page.
import { revalidatePath } from "next/cache";
import { actionTranslator } from "@/i18n/server-translator";
import { requestLocale } from "@/i18n/locales";
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
export const savePersonProfileAction = personAction(
  personProfileSchema,
  async (profile, { caller, request }) => {
    const saved = await updatePersonProfile(caller.userId, profile, getRuntime().clock);
    revalidatePath("/account");
    return withMessage(saved, (await actionTranslator(request, "actionResults"))("profileSaved"));
  },
);

// POST /api/account/consent's twin – the person agrees, once, that CallPilot may call businesses on their behalf
export const giveConsentAction = personAction(
  consentRequestSchema,
  async ({ version }, { caller, request }) => {
    const consent = await giveConsent(caller, version, requestLocale(request.headers), getRuntime().clock);
    revalidatePath("/account");
    return withMessage(consent, (await actionTranslator(request, "actionResults"))("consentGiven"));
  },
);

// PUT /api/account/settings/reminders' twin – the day-before reminder emails on or off
export const setAppointmentRemindersAction = personAction(
  remindersSchema,
  async (input, { caller, request }) => {
    const settings = await updateAppointmentReminders(caller, input, getRuntime().clock);
    revalidatePath("/account");
    const t = await actionTranslator(request, "actionResults");
    return withMessage(settings, t(settings.appointment_reminders ? "remindersOn" : "remindersOff"));
  },
);

// POST /api/account/phone's twin – text a 6-digit code to the person's phone
export const sendPhoneCodeAction = personAction(phoneNumberSchema, async (input, { caller, request }) => {
  const { clock, config } = getRuntime();
  const sent = await sendPhoneCode(caller, input, { clock, config, sms: getSmsSender() });
  revalidatePath("/account");
  const t = await actionTranslator(request, "actionResults");
  return withMessage(sent, t(sent.sent_by === "sms" ? "codeTexted" : "codeInLog", { phone: sent.phone }));
});

// POST /api/account/phone/verify's twin – type back the code
export const verifyPhoneCodeAction = personAction(phoneCodeSchema, async (input, { caller, request }) => {
  const { clock, config } = getRuntime();
  const verified = await confirmPhoneCode(caller, input, { clock, config });
  revalidatePath("/account");
  const t = await actionTranslator(request, "actionResults");
  return withMessage(verified, t("phoneVerified", { phone: verified.verified_phone }));
});

const nothing = z.object({}).passthrough();

// DELETE /api/account/phone's twin – forget the verified phone (the hand-over consent goes with it)
export const removePhoneAction = personAction(nothing, async (_input, { caller, request }) => {
  await removePhone(caller, getRuntime().clock);
  revalidatePath("/account");
  return withMessage(null, (await actionTranslator(request, "actionResults"))("phoneRemoved"));
});

// PUT /api/account/settings/handover's twin – whether and when a business may be put through to the person
export const saveHandoverAction = personAction(handoverFormSchema, async (input, { caller, request }) => {
  const settings = await updateHandoverSettings(caller, input, getRuntime().clock);
  revalidatePath("/account");
  const t = await actionTranslator(request, "actionResults");
  return withMessage(settings, t(settings.handover.consent ? "handoverOn" : "handoverOff"));
});
