// The email that verifies a person's address: the link Better Auth made, and why it matters (real calls), in the
// language of the page they signed up from (messages/*.json, `verificationEmail`).
import type { translatorFor } from "@/i18n/server-translator";
import type { Mail } from "./mailer";
import { escapeHtml } from "./escape-html";

/** The email's words in the person's language. */
export type VerificationWords = Awaited<ReturnType<typeof translatorFor<"verificationEmail">>>;

export function verificationEmail(
  input: { to: string; name: string; url: string },
  t: VerificationWords,
): Mail {
  // Better Auth fills a name from the address when the person gave none: no "Hi jo@example.com,".
  const greeting =
    input.name && !input.name.includes("@") ? t("greeting", { name: input.name }) : t("greetingNoName");
  const text = [greeting, "", t("confirm"), input.url, "", t("expires")].join("\n");
  const html = `<p>${escapeHtml(greeting)}</p>
<p>${escapeHtml(t("confirm"))}</p>
<p><a href="${escapeHtml(input.url)}">${escapeHtml(t("button"))}</a></p>
<p>${escapeHtml(t("expires"))}</p>`;
  return { to: input.to, subject: t("subject"), text, html };
}
