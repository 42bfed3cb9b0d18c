// Text made safe to place inside an email's HTML (element content or a quoted attribute).
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
