// next-intl's typed keys and locales: t("header.cart") is checked against messages/en.ts at compile time.
import type { Locale } from "@/core/i18n/locale";
import type { Messages } from "@/messages";

declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
