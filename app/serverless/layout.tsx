// The serverless store's shell. Nothing here reads the database or the session: the browser app does
// everything after load.
// ARCH: the monolith's layout renders the header from the server session on every request; this one is
// a static frame (on a real deployment, files on a CDN) and the header is drawn by the browser.
import type { Metadata } from "next";
import { useTranslations } from "next-intl";

export const metadata: Metadata = {
  title: { default: "Serverless store", template: "%s · Serverless · Pet Store Twin" },
};

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
      {children}
    </>
  );
}
