// Sample inputs for the person pages' server actions (app/calendar/actions.ts, app/account/actions.ts): each makes
// what the action acts on, owned by the owner, so that another person must be told "not found".
import { saveGoogleCalendarConnection } from "@/db/calendar-google";
import { addBusyBlock } from "@/lib/calendar/busy-blocks";
import { importCalendarFile } from "@/lib/calendar/calendar-sources";
import { seal } from "@/lib/calendar/secret-box";
import { consentVersion } from "@/lib/guardrails/consent";
import { getRuntime } from "@/lib/runtime";
import { sampleCalendar } from "../../../support/ics-server";
import type { ActionSamples } from "./types";

const days = (n: number) => new Date(getRuntime().clock.now().getTime() + n * 86_400_000).toISOString();

async function ownedBlock(ownerId: string) {
  return addBusyBlock(ownerId, { start: days(3), end: days(3.1), title: "Physio" }, getRuntime().clock);
}

async function ownedCalendar(ownerId: string) {
  const text = sampleCalendar();
  return importCalendarFile({ userId: ownerId, name: "work.ics", text, timeZone: "UTC" }, getRuntime().clock);
}

function icsForm(): FormData {
  const form = new FormData();
  form.set("file", new File([sampleCalendar()], "work.ics", { type: "text/calendar" }));
  form.set("time_zone", "America/New_York");
  return form;
}

export const samples: ActionSamples = {
  "app/calendar/actions.ts#addBusyBlockAction": {
    prepare: async () => ({ start: days(2), end: days(2.1), title: "School run", time_zone: "UTC" }),
  },
  "app/calendar/actions.ts#removeBusyBlockAction": {
    prepare: async ({ ownerId }) => ({ id: (await ownedBlock(ownerId)).id }),
    ownedResource: true,
  },
  // An address that is not one: refused (400) before anything is fetched, after the session and rate limit checks.
  "app/calendar/actions.ts#subscribeCalendarAction": {
    prepare: async () => ({ url: "not a calendar address", time_zone: "UTC" }),
  },
  // The owner's is an imported file, which cannot be refreshed (409): through the ownership check, without a fetch.
  "app/calendar/actions.ts#refreshCalendarAction": {
    prepare: async ({ ownerId }) => ({ id: (await ownedCalendar(ownerId)).id }),
    ownedResource: true,
  },
  "app/calendar/actions.ts#removeCalendarAction": {
    prepare: async ({ ownerId }) => ({ id: (await ownedCalendar(ownerId)).id }),
    ownedResource: true,
  },
  "app/calendar/actions.ts#importCalendarAction": { prepare: async () => icsForm() },
  "app/calendar/actions.ts#issueFeedAction": { prepare: async () => ({}) },
  "app/calendar/actions.ts#revokeFeedAction": { prepare: async () => ({}) },
  "app/calendar/actions.ts#disconnectGoogleAction": {
    prepare: async ({ ownerId }) => {
      await saveGoogleCalendarConnection({
        userId: ownerId,
        accessTokenSealed: seal("access-token"),
        refreshTokenSealed: seal("refresh-token"),
        accessTokenExpiresAt: new Date(Date.now() + 3_600_000),
        scope: "https://www.googleapis.com/auth/calendar",
        now: new Date(),
      });
      return {};
    },
    ownedResource: true,
  },
  "app/account/actions.ts#savePersonProfileAction": {
    prepare: async () => ({ insurance_provider: "Delta Dental PPO", pet_name: "Biscuit" }),
  },
  // Consent belongs to an account: a guest is refused with 403, as POST /api/account/consent refuses them.
  "app/account/actions.ts#giveConsentAction": {
    prepare: async () => ({ version: consentVersion }),
    signedUpOnly: true,
  },
  "app/account/actions.ts#setAppointmentRemindersAction": {
    prepare: async () => ({ appointment_reminders: "false" }),
  },
  // A verified phone belongs to an account: a guest is refused with 403, as POST /api/account/phone refuses them.
  "app/account/actions.ts#sendPhoneCodeAction": {
    prepare: async () => ({ phone: "+16175550101" }),
    signedUpOnly: true,
  },
  // No code was sent to the owner: 409, after the session and account checks.
  "app/account/actions.ts#verifyPhoneCodeAction": {
    prepare: async () => ({ code: "123456" }),
    signedUpOnly: true,
  },
  "app/account/actions.ts#removePhoneAction": { prepare: async () => ({}) },
  "app/account/actions.ts#saveHandoverAction": {
    prepare: async () => ({ start: "09:00", end: "18:00", time_zone: "Europe/London" }),
  },
};
