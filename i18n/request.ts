// next-intl's per-request configuration, without locale-prefixed routes: the addresses stay /monolith/...,
// /serverless/..., /architecture, and the language comes from the visitor's cookie, else Accept-Language, else
// English (core/i18n/locale.ts). Every page already renders per request (the CSP nonce), so reading the request
// here costs nothing extra.
import { cookies, headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { LOCALE_COOKIE, pickLocale } from "@/core/i18n/locale";
import { compiledMessagesFor } from "./compiled-messages";

export default getRequestConfig(async () => {
  const [cookieStore, headerStore] = await Promise.all([cookies(), headers()]);
  const locale = pickLocale(cookieStore.get(LOCALE_COOKIE)?.value, headerStore.get("accept-language"));
  return {
    locale,
    messages: compiledMessagesFor(locale),
    // One zone for every visitor: dates in the stores are shown in UTC, as the orders are stored.
    timeZone: "UTC",
    // A missing message is a bug the key test catches; never show a raw key to a visitor.
    getMessageFallback: ({ key, namespace }) => `${namespace ? `${namespace}.` : ""}${key}`,
  };
});
