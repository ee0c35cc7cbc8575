// The messages as next-intl formats them at run time: every ICU message compiled once per language, when the
// server first needs it (icu-minify, the compiler next-intl's own "precompile" option uses). next.config.ts points
// use-intl's formatter at its format-only build, so neither the server nor the browser parses ICU syntax per
// request, and the browser does not download the ICU parser (intl-messageformat, ~10 kB gzip on every page).
// Our catalogues are typed TS files (decision 011), not the JSON catalogues next-intl's option compiles, hence
// this small step of our own. messages/compiled-messages.test.ts checks every message formats as before.
import compile from "icu-minify/compile";
import type { Locale } from "@/core/i18n/locale";
import { messagesFor, type Messages } from "@/messages";

type Catalogue = { [key: string]: string | Catalogue };

function compileAll(messages: Catalogue): Catalogue {
  const out: Record<string, unknown> = {};
  // icu-minify builds plural and select branches as null-prototype objects, which React cannot pass from a server
  // component to a client component (NextIntlClientProvider): copy them into plain JSON values.
  for (const [key, value] of Object.entries(messages)) out[key] = typeof value === "string" ? plain(compile(value)) : compileAll(value);
  return out as Catalogue;
}

function plain(message: ReturnType<typeof compile>): ReturnType<typeof compile> {
  return typeof message === "string" ? message : (JSON.parse(JSON.stringify(message)) as ReturnType<typeof compile>);
}

const compiled = new Map<Locale, Messages>();

/** Typed as the catalogue (what `t()` keys are checked against); the leaves are compiled messages. */
export function compiledMessagesFor(locale: Locale): Messages {
  let messages = compiled.get(locale);
  if (!messages) {
    messages = compileAll(messagesFor(locale) as unknown as Catalogue) as unknown as Messages;
    compiled.set(locale, messages);
  }
  return messages;
}
