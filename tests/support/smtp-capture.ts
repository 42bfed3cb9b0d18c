// A real local SMTP server for tests (the smtp-server package on a random port at 127.0.0.1, no TLS, no login):
// every message the app sends is parsed with mailparser, kept, and handed to whoever awaits mail to its address.
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface CapturedMail {
  /** The envelope's MAIL FROM. */
  from: string;
  /** The envelope's RCPT TO addresses, lower-cased. */
  to: string[];
  subject: string;
  text: string;
  html: string;
  /** Attached files, their content as text (calendar files). */
  attachments: Array<{ filename: string; contentType: string; content: string }>;
}

export interface SmtpCapture {
  /** What the app's SMTP_URL should be. */
  url: string;
  /** Every message received so far, in order. */
  messages: CapturedMail[];
  /**
   * The next message to `address` not yet handed out (one that already arrived, or the next to arrive); rejects
   * after `timeoutMs` with what did arrive, so a test fails with a reason instead of hanging.
   */
  nextMailTo(address: string, options?: { timeoutMs?: number }): Promise<CapturedMail>;
  close(): Promise<void>;
}

interface Waiter {
  address: string;
  resolve: (mail: CapturedMail) => void;
}

export async function startSmtpCapture(): Promise<SmtpCapture> {
  const messages: CapturedMail[] = [];
  const unclaimed: CapturedMail[] = [];
  const waiters: Waiter[] = [];

  const deliver = (mail: CapturedMail) => {
    messages.push(mail);
    const waiter = waiters.find((w) => mail.to.includes(w.address));
    if (waiter) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve(mail);
    } else {
      unclaimed.push(mail);
    }
  };

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ["STARTTLS"],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          deliver({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
            attachments: parsed.attachments.map((attachment) => ({
              filename: attachment.filename ?? "",
              contentType: attachment.contentType,
              content: attachment.content.toString("utf8"),
            })),
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.server.address() as AddressInfo;

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    nextMailTo(address, options = {}) {
      const wanted = address.toLowerCase();
      const waiting = unclaimed.find((mail) => mail.to.includes(wanted));
      if (waiting) {
        unclaimed.splice(unclaimed.indexOf(waiting), 1);
        return Promise.resolve(waiting);
      }
      const timeoutMs = options.timeoutMs ?? 15_000;
      return new Promise<CapturedMail>((resolve, reject) => {
        const waiter: Waiter = {
          address: wanted,
          resolve: (mail) => {
            clearTimeout(timer);
            resolve(mail);
          },
        };
        const timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(waiter), 1);
          const seen = messages.map((mail) => `${mail.to.join(",")}: ${mail.subject}`).join("; ") || "none";
          reject(new Error(`No mail to ${address} within ${timeoutMs} ms (received: ${seen}).`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
