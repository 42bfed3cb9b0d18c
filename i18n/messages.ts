// Where a language's messages come from: the pages' file (messages/<locale>.json) and the admin area's files
// (messages/admin/<locale>/<part>.json, one per part of the admin area, each under its own namespace). Only admin
// pages send the admin namespaces to the browser (adminOnly), so a person's page does not carry the admin's words.
import type main from "@/messages/en.json";
import type adminShell from "@/messages/admin/en/adminShell.json";
import type adminBookings from "@/messages/admin/en/adminBookings.json";
import type adminProviders from "@/messages/admin/en/adminProviders.json";
import type adminPeople from "@/messages/admin/en/adminPeople.json";
import type { Locale } from "./locales";

export type Messages = typeof main &
  typeof adminShell &
  typeof adminBookings &
  typeof adminProviders &
  typeof adminPeople;

export const adminParts = ["adminShell", "adminBookings", "adminProviders", "adminPeople"] as const;

// Merged once per language and process: every page render and every server action asks for them.
const loaded = new Map<Locale, Promise<Messages>>();

export function loadMessages(locale: Locale): Promise<Messages> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = mergedMessages(locale);
    // A failed load is not kept: the next request tries again.
    messages.catch(() => loaded.delete(locale));
    loaded.set(locale, messages);
  }
  return messages;
}

async function mergedMessages(locale: Locale): Promise<Messages> {
  const [pages, ...admin] = await Promise.all([
    import(`../messages/${locale}.json`),
    ...adminParts.map((part) => import(`../messages/admin/${locale}/${part}.json`)),
  ]);
  return Object.assign({}, pages.default, ...admin.map((file) => file.default)) as Messages;
}

/** The messages a page outside the admin area sends to the browser: all but the admin namespaces. */
export function withoutAdmin(messages: Record<string, unknown>): Record<string, unknown> {
  const adminNamespaces = new Set<string>(adminParts);
  return Object.fromEntries(
    Object.entries(messages).filter(([namespace]) => !adminNamespaces.has(namespace)),
  );
}
