// The serverless store's shell. Nothing here reads the database or the session: the browser app does
// everything after load.
// ARCH: the monolith's layout renders the header from the server session on every request; this one is
// a static frame (on a real deployment, files on a CDN) and the header is drawn by the browser.
import type { Metadata } from "next";

export const metadata: Metadata = {
  title: { default: "Serverless store", template: "%s · Serverless · Pet Store Twin" },
};

export default function ServerlessLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <noscript>
        <div className="mx-auto mt-6 max-w-2xl rounded-2xl border border-amber-200 bg-amber-50 px-6 py-4 text-sm text-amber-950">
          The serverless store is a browser app and needs JavaScript. The{" "}
          <a href="/monolith" className="font-semibold underline">
            monolith store
          </a>{" "}
          works without it.
        </div>
      </noscript>
      {children}
    </>
  );
}
