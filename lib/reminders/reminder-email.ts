// The day-before reminder email: when and where the appointment is, its .ics attached, and links to the booking
// page's controls to cancel or move it.
import type { Mail, MailAttachment } from "@/lib/mail/mailer";
import { escapeHtml } from "@/lib/mail/escape-html";

export interface ReminderEmailInput {
  to: string;
  personName: string | null;
  title: string;
  /** The appointment's local time in words ("Monday 7 December at 10:00"). */
  when: string;
  timeZone: string;
  address: string;
  /** The business's phone, to call it directly. */
  phone: string | null;
  bookingUrl: string;
  changeUrl: string;
  calendarFile: { filename: string; content: string };
}

export function reminderEmail(input: ReminderEmailInput): Mail {
  const greeting = input.personName ? `Hi ${input.personName},` : "Hi,";
  const lines = [
    greeting,
    "",
    `A reminder of your appointment: ${input.title}.`,
    `When: ${input.when} (${input.timeZone})`,
    `Where: ${input.address}`,
    ...(input.phone ? [`Their phone: ${input.phone}`] : []),
    "",
    `Can't make it? Cancel or move it: ${input.changeUrl}`,
    `The booking: ${input.bookingUrl}`,
    "",
    "The appointment is attached as a calendar file. You can turn these reminders off on your account page.",
  ];
  const html = `<p>${escapeHtml(greeting)}</p>
<p>A reminder of your appointment: <strong>${escapeHtml(input.title)}</strong>.</p>
<p>When: ${escapeHtml(input.when)} (${escapeHtml(input.timeZone)})<br>Where: ${escapeHtml(input.address)}${
    input.phone ? `<br>Their phone: ${escapeHtml(input.phone)}` : ""
  }</p>
<p>Can't make it? <a href="${escapeHtml(input.changeUrl)}">Cancel or move the appointment</a>.</p>
<p><a href="${escapeHtml(input.bookingUrl)}">See the booking</a></p>
<p>The appointment is attached as a calendar file. You can turn these reminders off on your account page.</p>`;
  const attachment: MailAttachment = {
    filename: input.calendarFile.filename,
    content: input.calendarFile.content,
    contentType: "text/calendar; charset=utf-8; method=PUBLISH",
  };
  return {
    to: input.to,
    subject: `Reminder: ${input.title}, ${input.when}`,
    text: lines.join("\n"),
    html,
    attachments: [attachment],
  };
}
