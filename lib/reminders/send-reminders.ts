// The periodic reminder pass: each booked appointment whose reminder is due gets one email, to the person's verified
// address, with the .ics and the links to cancel or move it. The claim comes first, so two instances running the
// pass at once never both send; an email that fails to send gives its claim back for the next pass.
import {
  claimReminder,
  listReminderCandidates,
  releaseReminderClaim,
  type ReminderCandidate,
} from "@/db/appointment-reminders";
import { getBooking } from "@/db/bookings";
import { getProvider } from "@/db/providers";
import { bookingCalendarFile } from "@/lib/booking/calendar-file";
import { translatorFor } from "@/i18n/server-translator";
import { requestLanguage } from "@/lib/intake/booking-request";
import { backgroundBaseUrl } from "@/lib/calendar/public-url";
import { describeSlot } from "@/lib/calls/call-brief";
import type { Clock } from "@/lib/clock";
import type { AppConfig } from "@/lib/config";
import { logger } from "@/lib/logger";
import { getMailer, type Mail } from "@/lib/mail/mailer";
import { reminderEmail } from "./reminder-email";
import { isReminderDue, reminderCutoffMs, reminderLookaheadMs } from "./reminder-time";

export interface ReminderDeps {
  clock: Clock;
  config: Pick<AppConfig, "PUBLIC_BASE_URL" | "BETTER_AUTH_URL">;
}

/** Sends every reminder due now; returns how many went out. */
export async function sendDueReminders(deps: ReminderDeps): Promise<number> {
  const now = deps.clock.now();
  const candidates = await listReminderCandidates({
    after: new Date(now.getTime() + reminderCutoffMs),
    until: new Date(now.getTime() + reminderLookaheadMs),
  });
  let sent = 0;
  for (const candidate of candidates) {
    if (!isReminderDue({ ...candidate, now })) continue;
    if (await sendReminder(candidate, deps, now)) sent += 1;
  }
  return sent;
}

async function sendReminder(candidate: ReminderCandidate, deps: ReminderDeps, now: Date): Promise<boolean> {
  const mail = await buildReminder(candidate, deps);
  if (!mail) return false;
  if (!(await claimReminder({ bookingId: candidate.bookingId, slotStart: candidate.slotStart, now })))
    return false;
  try {
    await getMailer().send(mail);
  } catch (error) {
    await releaseReminderClaim({ bookingId: candidate.bookingId, claimedAt: now });
    logger.error("could not send an appointment reminder; the next pass tries again", {
      bookingId: candidate.bookingId,
      error,
    });
    return false;
  }
  logger.info("appointment reminder sent", { bookingId: candidate.bookingId });
  return true;
}

async function buildReminder(candidate: ReminderCandidate, deps: ReminderDeps): Promise<Mail | null> {
  const booking = await getBooking(candidate.bookingId);
  const provider = booking?.bookedProviderId ? await getProvider(booking.bookedProviderId) : undefined;
  if (!booking?.bookedSlotStart || !booking.bookedSlotEnd || !provider) return null;
  const slot = { start: booking.bookedSlotStart.toISOString(), end: booking.bookedSlotEnd.toISOString() };
  const calendarFile = await bookingCalendarFile({
    booking_id: booking.id,
    request: booking.request,
    booked: { provider_id: provider.id, provider_name: provider.name, slot, address: provider.address },
  });
  const bookingUrl = `${backgroundBaseUrl(deps.config)}/booking/${encodeURIComponent(booking.id)}`;
  // In the language the person wrote their request in: an email has no page whose language it could follow.
  const language = requestLanguage(booking.request);
  const t = await translatorFor(language, "reminderEmail");
  const services = await translatorFor(language, "services");
  const service = booking.request.service_type ? services(booking.request.service_type) : null;
  return reminderEmail(
    {
      to: candidate.email,
      personName: booking.request.client_name,
      title: service ? t("title", { service, business: provider.name }) : provider.name,
      when: describeSlot(slot, candidate.timeZone, language),
      timeZone: candidate.timeZone,
      address: provider.address,
      phone: provider.phone,
      bookingUrl,
      changeUrl: `${bookingUrl}#change-appointment`,
      calendarFile,
    },
    t,
  );
}
