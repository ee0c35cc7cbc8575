import type { Metadata } from "next";
import "./globals.css";
import { RouteAnnouncerRole } from "@/components/route-announcer-role";

export const metadata: Metadata = {
  title: { default: "Pet Store Twin", template: "%s · Pet Store Twin" },
  description: "One pet store, built twice: as a monolith and the serverless way. Switch between them and see what differs.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col">
        {children}
        <RouteAnnouncerRole />
      </body>
    </html>
  );
}
