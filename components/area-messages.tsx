// Sends the store's words, plus an area's namespaces, to the client components below it (i18n/client-messages.ts):
// the serverless browser app, the classroom and lab bench, /architecture, the admin pages and the hybrid's cart
// handover. The root layout sends only the shell's. Server components read every message whatever this sends.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages, type AreaNamespace } from "@/i18n/client-messages";

export async function AreaMessages({ areas, children }: { areas: readonly AreaNamespace[]; children: React.ReactNode }) {
  return <NextIntlClientProvider messages={clientMessages(await getMessages(), areas)}>{children}</NextIntlClientProvider>;
}
