// Adds an area's message namespaces back for its client components (i18n/client-messages.ts): the classroom and
// lab bench, /architecture, and the admin pages. Server components read every message whatever this sends.
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { clientMessages, type AreaNamespace } from "@/i18n/client-messages";

export async function AreaMessages({ areas, children }: { areas: readonly AreaNamespace[]; children: React.ReactNode }) {
  return <NextIntlClientProvider messages={clientMessages(await getMessages(), areas)}>{children}</NextIntlClientProvider>;
}
