// The email that verifies a person's address: the link Better Auth made, and why it matters (real calls).
import type { Mail } from "./mailer";
import { escapeHtml } from "./escape-html";

export function verificationEmail(input: { to: string; name: string; url: string }): Mail {
  const greeting = input.name && !input.name.includes("@") ? `Hi ${input.name},` : "Hi,";
  const text = [
    greeting,
    "",
    "Confirm this is your email address, so CallPilot can phone businesses for you:",
    input.url,
    "",
    "The link works for one hour. If you did not sign up for CallPilot, ignore this email.",
  ].join("\n");
  const html = `<p>${escapeHtml(greeting)}</p>
<p>Confirm this is your email address, so CallPilot can phone businesses for you:</p>
<p><a href="${escapeHtml(input.url)}">Verify my email</a></p>
<p>The link works for one hour. If you did not sign up for CallPilot, ignore this email.</p>`;
  return { to: input.to, subject: "Verify your email for CallPilot", text, html };
}
