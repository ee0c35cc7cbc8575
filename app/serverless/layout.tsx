// The serverless store's shell. Nothing here reads the database or the session: the browser app does
// everything after load.
// ARCH: the monolith's layout renders the header from the server session on every request; this one is
// a static frame (on a real deployment, files on a CDN) and the header is drawn by the browser.
import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { AreaMessages } from "@/components/area-messages";

// The tab's title until the browser app sets its view's own (serverless/client/use-document-title.ts), in the
// visitor's language like the rest of the shell.
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations();
  return {
    title: {
      default: t("architecture.serverlessStore"),
      template: `%s · ${t("header.serverless")} · ${t("meta.title")}`,
    },
  };
}

export default function ServerlessLayout({ children }: { children: React.ReactNode }) {
  const t = useTranslations("states");
  return (
    <>
      <noscript>
        <div className="mx-auto mt-6 max-w-2xl rounded-2xl border border-amber-200 bg-amber-50 px-6 py-4 text-sm text-amber-950">
          {t.rich("noscript", {
            link: (chunks) => (
              <a href="/monolith" className="font-semibold underline">
                {chunks}
              </a>
            ),
          })}
        </div>
      </noscript>
      {/* The browser app's admin view (lazy-loaded) speaks the admin's words. */}
      <AreaMessages areas={["admin"]}>{children}</AreaMessages>
    </>
  );
}
