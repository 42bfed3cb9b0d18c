// The day-before reminder email, in the language the person booked in: when and where the appointment is, its .ics
// attached, and links to the booking page's controls to cancel or move it.
import type { Mail, MailAttachment } from "@/lib/mail/mailer";
import { escapeHtml } from "@/lib/mail/escape-html";
import type { translatorFor } from "@/i18n/server-translator";

export interface ReminderEmailInput {
  to: string;
  personName: string | null;
  title: string;
  /** The appointment's local time in words, in the email's language ("Monday 7 December at 10:00"). */
  when: string;
  timeZone: string;
  address: string;
  /** The business's phone, to call it directly. */
  phone: string | null;
  bookingUrl: string;
  changeUrl: string;
  calendarFile: { filename: string; content: string };
}

/** The email's words in the person's language (messages/*.json, `reminderEmail`). */
export type ReminderWords = Awaited<ReturnType<typeof translatorFor<"reminderEmail">>>;

export function reminderEmail(input: ReminderEmailInput, t: ReminderWords): Mail {
  const greeting = input.personName ? t("greeting", { name: input.personName }) : t("greetingNoName");
  const when = t("when", { when: input.when, zone: input.timeZone });
  const where = t("where", { address: input.address });
  const phone = input.phone ? t("phone", { phone: input.phone }) : null;
  const lines = [
    greeting,
    "",
    t("intro", { title: input.title }),
    when,
    where,
    ...(phone ? [phone] : []),
    "",
    `${t("cantMake")} ${t("changeLink")}: ${input.changeUrl}`,
    `${t("bookingLink")}: ${input.bookingUrl}`,
    "",
    t("attached"),
  ];
  const html = `<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(t("intro", { title: input.title }))}</p>
<p>${escapeHtml(when)}<br>${escapeHtml(where)}${phone ? `<br>${escapeHtml(phone)}` : ""}</p>
<p>${escapeHtml(t("cantMake"))} <a href="${escapeHtml(input.changeUrl)}">${escapeHtml(t("changeLink"))}</a>.</p>
<p><a href="${escapeHtml(input.bookingUrl)}">${escapeHtml(t("bookingLink"))}</a></p>
<p>${escapeHtml(t("attached"))}</p>`;
  const attachment: MailAttachment = {
    filename: input.calendarFile.filename,
    content: input.calendarFile.content,
    contentType: "text/calendar; charset=utf-8; method=PUBLISH",
  };
  return {
    to: input.to,
    subject: t("subject", { title: input.title, when: input.when }),
    text: lines.join("\n"),
    html,
    attachments: [attachment],
  };
}
