import fs from "node:fs";
import path from "node:path";
import { IntlMessageFormat } from "intl-messageformat";
import { describe, expect, it } from "vitest";
import { locales, type Locale } from "./locales";
import { adminParts, loadMessages } from "./messages";

type Messages = { [key: string]: string | Messages };

/** A language's messages, the pages' and the admin area's, as i18n/messages.ts merges them. */
function read(locale: Locale): Messages {
  const files = [`${locale}.json`, ...adminParts.map((part) => `admin/${locale}/${part}.json`)];
  const parts = files.map(
    (file) =>
      JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, "../messages", file), "utf8")) as Messages,
  );
  for (const [index, part] of parts.entries()) {
    if (index > 0) expect(Object.keys(part), files[index]).toEqual([adminParts[index - 1]]);
  }
  return Object.assign({}, ...parts) as Messages;
}

/** Every message as "namespace.key" → text. */
function flatten(messages: Messages, prefix = ""): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") flat.set(name, value);
    else for (const [inner, text] of flatten(value, name)) flat.set(inner, text);
  }
  return flat;
}

/** The arguments a message takes ({count}, {date}, <link>…</link>), as the ICU parser reads them. */
function argumentsOf(text: string, locale: string): string[] {
  const found = new Set<string>();
  const walk = (elements: unknown[]) => {
    for (const element of elements as Array<Record<string, unknown>>) {
      if (typeof element.value === "string" && element.type !== 0) found.add(element.value);
      for (const option of Object.values((element.options ?? {}) as Record<string, { value: unknown[] }>))
        walk(option.value);
      if (Array.isArray(element.children)) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(text, locale).getAst());
  return [...found].sort();
}

const english = flatten(read("en"));

describe.each(locales)("the %s messages", (locale) => {
  const messages = flatten(read(locale));

  it("have exactly the English keys", () => {
    expect([...messages.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it("are valid ICU messages that take the same arguments as the English ones", () => {
    for (const [key, text] of messages) {
      expect(text.trim(), key).not.toBe("");
      expect(argumentsOf(text, locale), key).toEqual(argumentsOf(english.get(key) ?? "", "en"));
    }
  });

  it("say how many: a plural message formats one, and names the number in its other form", () => {
    const plurals = [...messages].filter(([, text]) => /\{\w+, plural,/.test(text));
    expect(plurals.length).toBeGreaterThan(0);
    for (const [key, text] of plurals) {
      const argument = /\{(\w+), plural,/.exec(text)![1];
      const values = Object.fromEntries(argumentsOf(text, locale).map((name) => [name, 3]));
      const one = new IntlMessageFormat(text, locale).format({ ...values, [argument]: 1 });
      const many = new IntlMessageFormat(text, locale).format({ ...values, [argument]: 5 });
      expect(String(one), key).not.toBe("");
      expect(String(many), key).toContain("5");
    }
  });
});

describe("loading a language's messages", () => {
  it("merges the pages' and the admin area's files once, then hands every caller the same messages", async () => {
    const first = await loadMessages("fr");
    expect(first.serverSentences.callBooked).toBe((read("fr").serverSentences as Messages).callBooked);
    expect(Object.keys(first)).toEqual(expect.arrayContaining([...adminParts, "booking"]));
    expect(await loadMessages("fr")).toBe(first);
  });
});
