// The day-before reminder email through a real local SMTP server with a fake clock: due at 18:00 the evening before in
// the business's zone, sent once (even by two passes at once), only to a verified address, never when turned off,
// cancelled or too close, with the .ics attached and the links to cancel or move; a moved appointment gets a new one.
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { resetReminder } from "@/db/appointment-reminders";
import { takeBookingLock, transitionBooking } from "@/db/bookings";
import { getDb, transaction } from "@/db/client";
import { setAppointmentReminders } from "@/db/person-profiles";
import { seedDemoDirectory } from "@/db/providers";
import { bookings, user } from "@/db/schema";
import { fixedClock } from "@/lib/clock";
import type { BookingRequest } from "@/lib/intake/booking-request";
import { runPeriodicWork } from "@/lib/jobs/periodic-work";
import { createMailer, overrideMailer } from "@/lib/mail/mailer";
import { sendDueReminders } from "@/lib/reminders/send-reminders";
import { getRuntime } from "@/lib/runtime";
import { startSmtpCapture, type SmtpCapture } from "../../support/smtp-capture";
import { callRows, createBookingWithProviderCalls, createTestUser } from "../support/booking-fixtures";
import { sentence } from "@/lib/sentences/sentence";

const clock = fixedClock("2026-12-07T15:00:00Z");
const config = { PUBLIC_BASE_URL: "https://callpilot.example/", BETTER_AUTH_URL: undefined };
const deps = { clock, config };
let smtp: SmtpCapture;
let restoreMailer: () => void;

// Thursday 10 December 2026, 10:00–11:00 in Cambridge MA (America/New_York, UTC-5).
const slot = { start: new Date("2026-12-10T15:00:00Z"), end: new Date("2026-12-10T16:00:00Z") };
// 18:00 New York the evening before.
const dueAt = "2026-12-09T23:00:00Z";

beforeAll(async () => {
  await seedDemoDirectory();
  smtp = await startSmtpCapture();
  restoreMailer = overrideMailer(
    createMailer({ SMTP_URL: smtp.url, MAIL_FROM: "CallPilot <no-reply@test>" }),
  );
});

afterAll(async () => {
  restoreMailer();
  await smtp.close();
});

beforeEach(() => {
  clock.set("2026-12-07T15:00:00Z");
});

async function bookedAppointment(at = slot, options: { bookedAt?: Date } = {}) {
  const userId = await createTestUser();
  const now = options.bookedAt ?? clock.now();
  const { bookingId, callIds } = await createBookingWithProviderCalls({
    userId,
    callCount: 1,
    mode: "auto",
    now,
  });
  const [call] = await callRows(bookingId);
  const taken = await takeBookingLock({
    bookingId,
    expectedStatus: "processing",
    callId: callIds[0],
    providerId: call.providerId,
    slot: at,
    now,
  });
  expect(taken).toBe(true);
  const [person] = await getDb().select().from(user).where(eq(user.id, userId));
  return { userId, bookingId, email: person.email };
}

const mailsTo = (email: string) => smtp.messages.filter((mail) => mail.to.includes(email.toLowerCase()));

describe("the day-before reminder", () => {
  it("goes out at 18:00 the evening before in the appointment's zone, once, with the .ics and the links", async () => {
    const { bookingId, email } = await bookedAppointment();

    clock.set("2026-12-09T22:59:00Z");
    expect(await sendDueReminders(deps)).toBe(0);

    clock.set(dueAt);
    expect(await sendDueReminders(deps)).toBe(1);
    const mail = await smtp.nextMailTo(email);
    expect(mail.subject).toContain("Reminder: Dentist at");
    expect(mail.text).toContain("When: Thursday 10 December at 10:00 (America/New_York)");
    expect(mail.text).toContain(`https://callpilot.example/booking/${bookingId}#change-appointment`);
    expect(mail.text).toMatch(/Their phone: \+\d{8,15}/);
    expect(mail.html).toContain(`href="https://callpilot.example/booking/${bookingId}#change-appointment"`);
    expect(mail.attachments).toHaveLength(1);
    const [ics] = mail.attachments;
    expect(ics.filename).toBe(`callpilot-${bookingId}.ics`);
    expect(ics.contentType).toBe("text/calendar");
    expect(ics.content).toContain("DTSTART:20261210T150000Z");
    expect(ics.content).toContain("DTEND:20261210T160000Z");
    expect(ics.content).toContain(`UID:${bookingId}@callpilot`);

    const [row] = await getDb().select().from(bookings).where(eq(bookings.id, bookingId));
    expect(row.reminderSentAt?.toISOString()).toBe(new Date(dueAt).toISOString());

    clock.set("2026-12-10T01:00:00Z");
    expect(await sendDueReminders(deps)).toBe(0);
    expect(mailsTo(email)).toHaveLength(1);
  });

  it("is written in the language the person booked in", async () => {
    const { bookingId, email } = await bookedAppointment();
    const [row] = await getDb().select().from(bookings).where(eq(bookings.id, bookingId));
    await getDb()
      .update(bookings)
      .set({ request: { ...(row.request as BookingRequest), language: "es" } })
      .where(eq(bookings.id, bookingId));
    clock.set(dueAt);
    expect(await sendDueReminders(deps)).toBe(1);
    const mail = await smtp.nextMailTo(email);
    expect(mail.subject).toMatch(/^Recordatorio: Dentista en .+, jueves 10 de diciembre a las 10:00$/);
    expect(mail.text).toContain("Cuándo: jueves 10 de diciembre a las 10:00 (America/New_York)");
    expect(mail.text).toContain(
      `¿No puedes ir? Cancelar o cambiar la cita: https://callpilot.example/booking/${bookingId}#change-appointment`,
    );
    expect(mail.html).toContain(">Cancelar o cambiar la cita</a>");
    expect(mail.text).not.toMatch(/Reminder|When:/);
  });

  it("is sent by only one of two passes running at once", async () => {
    const { email } = await bookedAppointment();
    clock.set(dueAt);
    const counts = await Promise.all([
      sendDueReminders(deps),
      sendDueReminders(deps),
      sendDueReminders(deps),
    ]);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(1);
    await smtp.nextMailTo(email);
    expect(mailsTo(email)).toHaveLength(1);
  });

  it("is tried again by the next pass when the mail server refused it", async () => {
    const { bookingId, email } = await bookedAppointment();
    clock.set(dueAt);
    const restore = overrideMailer({
      kind: "smtp",
      send: () => Promise.reject(new Error("421 try again later")),
    });
    try {
      expect(await sendDueReminders(deps)).toBe(0);
    } finally {
      restore();
    }
    const [row] = await getDb().select().from(bookings).where(eq(bookings.id, bookingId));
    expect(row.reminderSentAt).toBeNull();
    clock.advance(60_000);
    expect(await sendDueReminders(deps)).toBe(1);
    await smtp.nextMailTo(email);
  });

  it("runs from the periodic work", async () => {
    const { email } = await bookedAppointment();
    clock.set(dueAt);
    const runtime = getRuntime();
    await runPeriodicWork({ clock, config: runtime.config, dialer: runtime.dialer });
    expect((await smtp.nextMailTo(email)).subject).toContain("Reminder");
  });

  it("is not sent when the person turned reminders off", async () => {
    const { userId, email } = await bookedAppointment();
    await setAppointmentReminders(userId, false, clock.now());
    clock.set(dueAt);
    await sendDueReminders(deps);
    expect(mailsTo(email)).toHaveLength(0);
  });

  it("is not sent to an address that was never verified", async () => {
    const { userId, email } = await bookedAppointment();
    await getDb().update(user).set({ emailVerified: false }).where(eq(user.id, userId));
    clock.set(dueAt);
    await sendDueReminders(deps);
    expect(mailsTo(email)).toHaveLength(0);
  });

  it("is not sent for a cancelled booking", async () => {
    const { bookingId, email } = await bookedAppointment();
    await transitionBooking({
      bookingId,
      from: ["booked"],
      to: "canceled",
      reason: sentence("statusYouCancelled"),
      now: clock.now(),
    });
    clock.set(dueAt);
    await sendDueReminders(deps);
    expect(mailsTo(email)).toHaveLength(0);
  });

  it("goes out soon after booking when booked after that evening, but never within two hours of it", async () => {
    // Booked at 20:00 New York for 09:00 the next morning: sent at once.
    clock.set("2026-12-10T01:00:00Z");
    const late = await bookedAppointment({
      start: new Date("2026-12-10T14:00:00Z"),
      end: new Date("2026-12-10T15:00:00Z"),
    });
    expect(await sendDueReminders(deps)).toBe(1);
    expect((await smtp.nextMailTo(late.email)).text).toContain("Thursday 10 December at 09:00");

    // Booked for 90 minutes from now: no reminder, then or later (nor once it is past).
    const soon = await bookedAppointment({
      start: new Date("2026-12-10T02:30:00Z"),
      end: new Date("2026-12-10T03:00:00Z"),
    });
    await sendDueReminders(deps);
    clock.set("2026-12-10T04:00:00Z");
    await sendDueReminders(deps);
    expect(mailsTo(soon.email)).toHaveLength(0);
  });

  it("goes out again for the new time when the appointment moves", async () => {
    const { bookingId, email } = await bookedAppointment();
    clock.set(dueAt);
    await sendDueReminders(deps);
    await smtp.nextMailTo(email);

    // Moved to Monday 14 December, 15:00 New York (what the move flow does, in its transaction).
    const moved = { start: new Date("2026-12-14T20:00:00Z"), end: new Date("2026-12-14T21:00:00Z") };
    await transaction(async (tx) => {
      await tx
        .update(bookings)
        .set({ bookedSlotStart: moved.start, bookedSlotEnd: moved.end })
        .where(eq(bookings.id, bookingId));
      await resetReminder(bookingId);
    });

    clock.set("2026-12-13T22:59:00Z");
    expect(await sendDueReminders(deps)).toBe(0);
    clock.set("2026-12-13T23:00:00Z");
    expect(await sendDueReminders(deps)).toBe(1);
    const mail = await smtp.nextMailTo(email);
    expect(mail.text).toContain("Monday 14 December at 15:00");
    expect(mail.attachments[0].content).toContain("DTSTART:20261214T200000Z");
    expect(mailsTo(email)).toHaveLength(2);
  });
});
