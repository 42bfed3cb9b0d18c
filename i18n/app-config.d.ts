// next-intl's types for this app: keys passed to t() are checked against the English messages, and the locale is one
// of ours.
import type messages from "@/messages/en.json";
import type { Locale } from "./locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: typeof messages;
  }
}
