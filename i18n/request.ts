// next-intl's per-request configuration (found by createNextIntlPlugin in next.config.ts): the negotiated language,
// its messages, and the zone the browser reported for formatting without an explicit one.
import { getRequestConfig } from "next-intl/server";
import { headers } from "next/headers";
import { viewerTimeZone } from "@/app/_components/viewer-time-zone";
import { requestLocale } from "./locales";
import { loadMessages } from "./messages";

export default getRequestConfig(async () => {
  const requestHeaders = await headers();
  const locale = requestLocale(requestHeaders);
  return {
    locale,
    timeZone: viewerTimeZone(requestHeaders),
    messages: await loadMessages(locale),
  };
});
