// The app's two languages and how a request picks one: the visitor's choice (a cookie set by the header's
// "Language" control), else the browser's Accept-Language, else English. Pure: the server, the proxy and the
// tests all use this one rule.

export const LOCALES = ["en", "zh-CN"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** The cookie that remembers the visitor's choice (not httpOnly-worthy: it is a preference, not a secret). */
export const LOCALE_COOKIE = "pst-lang";
/** A year: a language choice is not something to make again every week. */
export const LOCALE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** How each option of the "Language" control is written: in its own language, whatever the page's language. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", "zh-CN": "简体中文" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/**
 * The best of our locales for an Accept-Language header: any Chinese (zh, zh-CN, zh-Hans, zh-TW…) gets the
 * Simplified Chinese we have, anything English gets English, highest q first; null when nothing matches.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranges = header
    .split(",")
    .slice(0, 20)
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const weight = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  for (const { tag } of ranges) {
    if (tag === "zh" || tag.startsWith("zh-")) return "zh-CN";
    if (tag === "en" || tag.startsWith("en-")) return "en";
  }
  return null;
}

/** The request's locale: the cookie when it names one of ours, else Accept-Language, else English. */
export function pickLocale(cookieValue: string | null | undefined, acceptLanguage: string | null | undefined): Locale {
  if (isLocale(cookieValue)) return cookieValue;
  return localeFromAcceptLanguage(acceptLanguage) ?? DEFAULT_LOCALE;
}

/** The locale of a request's headers (Cookie and Accept-Language), for code that has no next-intl context. */
export function localeOfHeaders(headers: { get(name: string): string | null }): Locale {
  const cookie = headers.get("cookie") ?? "";
  const value = cookie
    .split(";")
    .map((c) => c.trim())
    .find((c) => c.startsWith(`${LOCALE_COOKIE}=`))
    ?.slice(LOCALE_COOKIE.length + 1);
  return pickLocale(value, headers.get("accept-language"));
}
