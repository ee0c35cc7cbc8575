import type { Metadata } from "next";
import { headers } from "next/headers";
import "./globals.css";
import { RouteAnnouncerRole } from "@/components/route-announcer-role";

export const metadata: Metadata = {
  title: { default: "Pet Store Twin", template: "%s · Pet Store Twin" },
  description: "One pet store, built twice: as a monolith and the serverless way. Switch between them and see what differs.",
};

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Reading the request makes every page render per request: Next puts the proxy's CSP nonce on its scripts
  // only while rendering, so a page prerendered at build time would carry none and run nothing.
  await headers();
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        {children}
        <RouteAnnouncerRole />
      </body>
    </html>
  );
}
