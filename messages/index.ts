// The message catalogues, one typed file per language. `Messages` is the shape of the English file with every
// text widened to string: the Chinese file must have exactly the same keys (tsc), and messages.test.ts checks
// that both also use the same placeholders.
import type { Locale } from "@/core/i18n/locale";
import { en } from "./en";
import { zhCN } from "./zh-CN";

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof en>;

const catalogues: Record<Locale, Messages> = { en, "zh-CN": zhCN };

export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}
