// next-intl's types for this app: keys passed to t() are checked against the English messages (the pages' and the admin area's), and the locale is one
// of ours.
import type { Messages } from "./messages";
import type { Locale } from "./locales";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
