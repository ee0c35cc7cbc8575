// The language cookie as both language routes set it: the whole site, a year, Lax (a link from elsewhere keeps the
// visitor's language), Secure over https. httpOnly: only the server reads it.
import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE_SECONDS, type Locale } from "../../core/i18n/locale";

export type LocaleCookie = {
  name: string;
  value: string;
  options: { path: string; maxAge: number; sameSite: "lax"; httpOnly: boolean; secure: boolean };
};

export function localeCookie(locale: Locale, https: boolean): LocaleCookie {
  return {
    name: LOCALE_COOKIE,
    value: locale,
    options: { path: "/", maxAge: LOCALE_COOKIE_MAX_AGE_SECONDS, sameSite: "lax", httpOnly: true, secure: https },
  };
}

/** Where "back to the same page" may lead after a switch: any page of this site, never another host. */
export const LANGUAGE_RETURN_PREFIXES = ["/", "/monolith", "/serverless", "/hybrid", "/architecture", "/class"] as const;
