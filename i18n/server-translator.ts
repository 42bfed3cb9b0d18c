// Words written on the server in a person's language, from the same message files as the pages: a server action's
// answer in the language of the page that sent it (the same negotiation as the pages — the `locale` cookie, else
// Accept-Language, else English — read from the request's own headers, so it works wherever the action wrapper runs),
// and an email in the language the person booked in.
import { createTranslator } from "next-intl";
import { requestLocale, type Locale } from "./locales";
import { loadMessages, type Messages } from "./messages";

export async function translatorFor<Namespace extends keyof Messages>(locale: Locale, namespace: Namespace) {
  return createTranslator({ locale, messages: await loadMessages(locale), namespace });
}

export async function actionTranslator<Namespace extends keyof Messages>(
  request: { headers: Headers },
  namespace: Namespace,
) {
  return translatorFor(requestLocale(request.headers), namespace);
}
