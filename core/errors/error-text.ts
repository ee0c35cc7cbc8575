// What an error says, as data: an id of the catalog in messages/errors.*.ts and the values its sentence names.
// The words are looked up only when the error becomes an answer, in the language of the request (renderError).
// messages/errors.en.ts and errors.zh-CN.ts are the one part of messages/ that core/ imports: they import nothing.
import { errorsEn, type ErrorId } from "../../messages/errors.en";
import { errorsZhCN } from "../../messages/errors.zh-CN";
import type { Locale } from "../i18n/locale";

export type { ErrorId };

/** A value a sentence names: text, a number, or another error's sentence (rendered in the same language). */
export type ErrorParam = string | number | ErrorText;
export type ErrorText = { readonly id: ErrorId; readonly params?: Readonly<Record<string, ErrorParam>> };

/** `{name}` is a value; braces around anything else (`{ petId, quantity }`) are text. */
type Names<S extends string> = S extends `${string}{${infer P}}${infer R}`
  ? (P extends `${string}${" " | "{" | ":"}${string}` ? never : P) | Names<R>
  : never;
/** The values the English sentence of `I` names ({name} → "name"); tsc holds a thrower to give exactly these. */
export type ParamsOf<I extends ErrorId> = Names<(typeof errorsEn)[I]>;
/** What follows the id where an error is made: its values (required when the sentence names any), then details. */
export type ErrorArgs<I extends ErrorId, D> = [ParamsOf<I>] extends [never]
  ? [params?: Readonly<Record<string, never>>, details?: D]
  : [params: Readonly<Record<ParamsOf<I>, ErrorParam>>, details?: D];

const CATALOGS: Record<Locale, Readonly<Record<ErrorId, string>>> = { en: errorsEn, "zh-CN": errorsZhCN };

/** The sentence of `text` in `locale`, its values filled in. */
export function renderError(text: ErrorText, locale: Locale): string {
  const params = text.params ?? {};
  return CATALOGS[locale][text.id].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === "object" ? renderError(value, locale) : String(value);
  });
}

/** The first-seen names of a sentence's values, in order, and the sentence as a pattern that captures them. */
function patternOf(sentence: string): RegExp {
  const seen = new Set<string>();
  const source = sentence
    .split(/(\{\w+\})/)
    .map((part) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (!name) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      if (seen.has(name)) return `\\k<${name}>`;
      seen.add(name);
      return `(?<${name}>.+?)`;
    })
    .join("");
  return new RegExp(`^${source}$`);
}

let patterns: [ErrorId, RegExp][] | undefined;
function catalogPatterns(): [ErrorId, RegExp][] {
  // Sentences without values first (exact), then the others; never the catch-alls that are only a value.
  patterns ??= (Object.entries(errorsEn) as [ErrorId, string][])
    .filter(([, sentence]) => !/^\{\w+\}$/.test(sentence))
    .sort(([, a], [, b]) => Number(a.includes("{")) - Number(b.includes("{")))
    .map(([id, sentence]) => [id, patternOf(sentence)]);
  return patterns;
}

/**
 * The catalog entry an English sentence was rendered from, with its values: for text worded before it became an
 * id (a reason stored in a table, an answer relayed by the gateway, a zod message that is still a sentence).
 * Text already in Chinese is kept as it is; a sentence the catalog does not have gets the one sentence of its code.
 */
export function errorTextOfWords(message: string, code: string): ErrorText {
  if (/[\u4e00-\u9fff]/.test(message)) return { id: "relayed", params: { message } };
  for (const [id, pattern] of catalogPatterns()) {
    const match = pattern.exec(message);
    if (!match) continue;
    const params: Record<string, ErrorParam> = { ...match.groups };
    if (typeof params.reason === "string") params.reason = errorTextOfWords(params.reason, code);
    return { id, params };
  }
  const byCode = `code.${code}`;
  return { id: byCode in errorsEn ? (byCode as ErrorId) : "code.internal", params: { message } };
}

/**
 * The English sentence of an id, for a library that takes its message as a string (a zod schema's messages, which
 * the browser runs too): the words still come from the catalog, and errorTextOfWords finds the id again.
 */
export function errorSentence<I extends ErrorId>(id: I, ...[params]: ErrorArgs<I, never>): string {
  return renderError(params ? { id, params } : { id }, "en");
}

/** A sentence worded elsewhere (an API's answer, a stored reason, a zod message) in `locale`. */
export function wordsIn(message: string, code: string, locale: Locale): string {
  return locale === "en" ? message : renderError(errorTextOfWords(message, code), locale);
}

/** A notice (what just happened: "Added Biscuit to your cart.") in `locale`; one the catalog does not have stays. */
export function noticeIn(message: string, locale: Locale): string {
  if (locale === "en") return message;
  for (const [id, pattern] of catalogPatterns()) {
    if (!id.startsWith("notice.")) continue;
    const match = pattern.exec(message);
    if (match) return renderError({ id, params: { ...match.groups } }, locale);
  }
  return message;
}
