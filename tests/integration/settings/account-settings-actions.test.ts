// The account page's reminder, phone and hand-over forms as the browser posts them without JavaScript (FormData: a
// hidden "true"/"false", an unticked checkbox left out, times from time inputs) through the server actions, with the
// request's headers mocked: they change exactly what the REST twins change, with the same refusals beside the fields.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import {
  removePhoneAction,
  saveHandoverAction,
  sendPhoneCodeAction,
  setAppointmentRemindersAction,
  verifyPhoneCodeAction,
} from "@/app/account/actions";
import { getHandoverSettings } from "@/db/person-profiles";
import { findUserByEmail } from "@/db/users";
import { afterBookingSettingsView } from "@/lib/account/after-booking-settings";
import { fixedClock } from "@/lib/clock";
import { overrideRuntime } from "@/lib/runtime";
import type { SmsSender, TextMessage } from "@/lib/sms/sms-sender";
import { overrideSmsSender } from "@/lib/sms/select-sms-sender";
import { emailSession } from "../helpers";

vi.mock("server-only", () => ({}));
const requestHeaders = vi.hoisted(() => ({ current: new Headers() }));
vi.mock("next/headers", () => ({ headers: async () => requestHeaders.current }));
const revalidated = vi.hoisted(() => [] as string[]);
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => void revalidated.push(path) }));

const clock = fixedClock("2026-12-06T15:00:00Z");
const texts: TextMessage[] = [];
const sms: SmsSender = { kind: "twilio", send: async (message) => void texts.push(message) };
let restore: Array<() => void> = [];
beforeAll(() => {
  restore = [overrideRuntime({ clock }), overrideSmsSender(sms)];
});
afterAll(() => restore.forEach((undo) => undo()));

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

async function signedIn(): Promise<string> {
  const email = `settings-actions-${process.pid}-${Date.now()}-${Math.random()}@example.test`;
  requestHeaders.current = new Headers({ host: "127.0.0.1:3000", cookie: await emailSession(email) });
  return (await findUserByEmail(email))!.id;
}

describe("the account page's after-booking forms", () => {
  it("turns reminders off and on with the form's hidden value, and re-renders /account", async () => {
    const userId = await signedIn();
    revalidated.length = 0;
    const off = await setAppointmentRemindersAction(form({ appointment_reminders: "false" }));
    expect(off).toMatchObject({ status: "ok", message: "Reminders off." });
    expect((await afterBookingSettingsView(userId)).appointment_reminders).toBe(false);
    await setAppointmentRemindersAction(form({ appointment_reminders: "true" }));
    expect((await afterBookingSettingsView(userId)).appointment_reminders).toBe(true);
    expect(revalidated).toEqual(["/account", "/account"]);
  });

  it("verifies the phone with the two forms, shows a bad number beside its field, then saves the hand-over", async () => {
    const userId = await signedIn();
    const bad = await sendPhoneCodeAction(form({ phone: "call me maybe" }));
    expect(bad).toMatchObject({ status: "error", code: "invalid" });
    expect(bad.status === "error" && bad.fieldErrors.phone).toMatch(/no country code/);

    // The checkbox is disabled without a verified phone, but a forged post is refused all the same.
    const early = await saveHandoverAction(
      form({ consent: "true", start: "09:00", end: "17:30", time_zone: "Europe/London" }),
    );
    expect(early).toMatchObject({ status: "error", code: "conflict" });

    const sent = await sendPhoneCodeAction(form({ phone: "+44 20 7946 0958" }));
    expect(sent).toMatchObject({ status: "ok", data: { phone: "+442079460958", sent_by: "sms" } });
    const code = /\b(\d{6})\b/.exec(texts.at(-1)!.body)![1];
    const wrong = await verifyPhoneCodeAction(form({ code: code === "000000" ? "111111" : "000000" }));
    expect(wrong.status === "error" && wrong.fieldErrors.code).toMatch(/4 tries left/);
    expect(await verifyPhoneCodeAction(form({ code }))).toMatchObject({
      status: "ok",
      data: { verified_phone: "+442079460958" },
    });

    const saved = await saveHandoverAction(
      form({ consent: "true", start: "09:00", end: "17:30", time_zone: "Europe/London" }),
    );
    expect(saved).toMatchObject({ status: "ok", data: { handover: { consent: true } } });
    const hours = { start: "09:00", end: "17:30", time_zone: "Europe/London" };
    expect(await getHandoverSettings(userId)).toEqual({
      verifiedPhone: "+442079460958",
      consent: true,
      hours,
    });

    const badHours = await saveHandoverAction(
      form({ consent: "true", start: "09:00", end: "09:00", time_zone: "Europe/London" }),
    );
    expect(badHours.status === "error" && badHours.fieldErrors["hours.end"]).toMatch(/different times/);

    // Unticked: the checkbox is left out of the post, so consent goes off and the hours stay.
    await saveHandoverAction(form({ start: "09:00", end: "17:30", time_zone: "Europe/London" }));
    expect(await getHandoverSettings(userId)).toEqual({
      verifiedPhone: "+442079460958",
      consent: false,
      hours,
    });

    await saveHandoverAction(form({ consent: "true", ...hours }));
    expect(await removePhoneAction(form({}))).toMatchObject({ status: "ok" });
    expect(await getHandoverSettings(userId)).toEqual({ verifiedPhone: null, consent: false, hours });
  });
});
