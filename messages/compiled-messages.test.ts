// The build formats precompiled messages with use-intl's format-only formatter (next.config.ts,
// i18n/compiled-messages.ts). Every message of both languages must come out exactly as the ICU parser formats it:
// placeholders, plurals, numbers, dates and rich-text tags.
import { createElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { _createCache, _createIntlFormatters, createTranslator } from "use-intl/core";
import formatOnly from "use-intl/format-message/format-only";
import { LOCALES } from "@/core/i18n/locale";
import { compiledMessagesFor } from "@/i18n/compiled-messages";
import { messagesFor } from "./index";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix: string[] = []): [string[], string][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === "string" ? [[[...prefix, k], v] as [string[], string]] : leaves(v, [...prefix, k]),
  );
}

/** Sample values for every argument and tag the message uses. */
function valuesFor(text: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [, name = ""] of text.matchAll(/[{<]\/?\s*([A-Za-z_]\w*)/g)) {
    if (new RegExp(`<${name}>`).test(text)) values[name] = (chunks: ReactNode) => createElement("b", { key: name }, chunks);
    else if (new RegExp(`\\{${name}\\s*,\\s*(plural|number|selectordinal)`).test(text)) values[name] = 3;
    else if (new RegExp(`\\{${name}\\s*,\\s*(date|time)`).test(text)) values[name] = new Date(Date.UTC(2026, 11, 6));
    else values[name] = "Ada";
  }
  return values;
}

const html = (x: unknown) => (typeof x === "string" ? x : renderToStaticMarkup(createElement("div", null, x as ReactNode)));

/** Every object inside, found by walking arrays and objects. */
function objects(value: unknown): object[] {
  if (value === null || typeof value !== "object") return [];
  return [value, ...Object.values(value).flatMap(objects)];
}

describe("precompiled messages", () => {
  it.each(LOCALES)("%s: only plain objects and arrays (what a server component may pass to the client provider)", (locale) => {
    const all = objects(compiledMessagesFor(locale));
    expect(all.length).toBeGreaterThan(100);
    const notPlain = all.filter((o) => !Array.isArray(o) && Object.getPrototypeOf(o) !== Object.prototype);
    expect(notPlain).toEqual([]);
  });

  it.each(LOCALES)("%s: every message formats exactly as the ICU parser formats it", (locale) => {
    const source = messagesFor(locale) as unknown as Tree;
    const compiled = compiledMessagesFor(locale) as unknown as Tree;
    const parsed = createTranslator({ locale, messages: source as never, timeZone: "UTC" });
    const cache = _createCache();
    const formatters = _createIntlFormatters(cache);
    const all = leaves(source);
    expect(all.length).toBeGreaterThan(300);
    for (const [path, text] of all) {
      const values = valuesFor(text);
      const message = path.reduce<unknown>((node, key) => (node as Tree)[key], compiled);
      const expected = html((parsed.rich as (key: string, values: unknown) => unknown)(path.join("."), values));
      const actual = html(
        formatOnly(path.join("."), message as never, values as never, { locale, timeZone: "UTC", formatters, cache } as never),
      );
      expect({ key: path.join("."), text: actual }).toEqual({ key: path.join("."), text: expected });
    }
  });
});
