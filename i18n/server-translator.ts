// Words written on the server in a person's language, from the same message files as the pages: a server action's
// answer in the language of the page that sent it (the same negotiation as the pages — the `locale` cookie, else
// Accept-Language, else English — read from the request's own headers, so it works wherever the action wrapper runs),
// and an email in the language the person booked in.
import { createTranslator } from "next-intl";
import type messages from "@/messages/en.json";
import { requestLocale, type Locale } from "./locales";

type Messages = typeof messages;

export async function translatorFor<Namespace extends keyof Messages>(locale: Locale, namespace: Namespace) {
  const localized = (await import(`../messages/${locale}.json`)).default as Messages;
  return createTranslator({ locale, messages: localized, namespace });
}

export async function actionTranslator<Namespace extends keyof Messages>(
  request: { headers: Headers },
  namespace: Namespace,
) {
  return translatorFor(requestLocale(request.headers), namespace);
}
