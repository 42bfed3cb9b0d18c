// Sends CallPilot's emails (the verification link, appointment reminders): through the SMTP server of SMTP_URL with nodemailer, or, with
// no SMTP_URL, into the server log (a start-up warning says so), so a developer can still follow the link.
import nodemailer, { type Transporter } from "nodemailer";
import { getConfig, type AppConfig } from "@/lib/config";
import { logger } from "@/lib/logger";

export interface MailAttachment {
  filename: string;
  content: string;
  contentType: string;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
  html: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  /** smtp: a real mail server; log: the server log (no SMTP_URL). */
  readonly kind: "smtp" | "log";
  send(mail: Mail): Promise<void>;
}

export function createMailer(config: Pick<AppConfig, "SMTP_URL" | "MAIL_FROM">): Mailer {
  if (!config.SMTP_URL) {
    return {
      kind: "log",
      async send(mail) {
        // warn, not info: an email that was not sent needs someone to act, and it shows at LOG_LEVEL=warn.
        logger.warn("email not sent (SMTP_URL is not set); here it is instead", {
          to: mail.to,
          subject: mail.subject,
          text: mail.text,
          attachments: mail.attachments?.map((attachment) => attachment.filename),
        });
      },
    };
  }
  const transport: Transporter = nodemailer.createTransport(config.SMTP_URL);
  return {
    kind: "smtp",
    async send(mail) {
      await transport.sendMail({ from: config.MAIL_FROM, ...mail });
    },
  };
}

const mailerKey = Symbol.for("callpilot.mailer");
type Holder = { [mailerKey]?: Mailer };

export function getMailer(): Mailer {
  const holder = globalThis as Holder;
  holder[mailerKey] ??= createMailer(getConfig());
  return holder[mailerKey];
}

/** Tests swap the mailer (a capturing one); returns a function restoring the previous. */
export function overrideMailer(mailer: Mailer | undefined): () => void {
  const holder = globalThis as Holder;
  const previous = holder[mailerKey];
  holder[mailerKey] = mailer;
  return () => {
    holder[mailerKey] = previous;
  };
}
