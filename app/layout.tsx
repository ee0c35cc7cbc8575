import type { Metadata } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import "./globals.css";
import { LanguageSwitch } from "@/components/language-switch";
import { RouteAnnouncerRole } from "@/components/route-announcer-role";
import { shellMessages } from "@/i18n/client-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: { default: t("title"), template: `%s · ${t("title")}` }, description: t("description") };
}

/**
 * The stores carry the "Language" control in their own header (SiteHeader's `language` slot), and so does the
 * projector's audience screen (its header row: every pixel of a 720-pixel-high projector is the step's); every
 * other page gets it in a slim bar on top. A page joins this list once its header shows the control.
 */
function hasOwnLanguageSwitch(path: string): boolean {
  return /^\/(monolith|serverless|hybrid)(\/|$)/.test(path) || path === "/class/live";
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request makes every page render per request: Next puts the proxy's CSP nonce on its scripts
  // only while rendering, so a page prerendered at build time would carry none and run nothing.
  const h = await headers();
  const locale = await getLocale();
  const path = h.get("x-pst-path") ?? "/";
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Only the words the shell's client components show; the areas with more client components (the
            serverless app, the classroom, /architecture, the admin pages) add theirs (AreaMessages). */}
        <NextIntlClientProvider messages={shellMessages(await getMessages())}>
          {hasOwnLanguageSwitch(path) ? null : (
            <div className="flex justify-end px-4 pt-3">
              <LanguageSwitch current={locale} action="/api/language" returnTo={`${path}${h.get("x-pst-search") ?? ""}`} live />
            </div>
          )}
          {children}
        </NextIntlClientProvider>
        <RouteAnnouncerRole />
      </body>
    </html>
  );
}
