// Every /serverless/... address is this one page: a shell with no catalog data in its HTML. The client app
// reads the URL and fetches what the view needs from the data API (a test checks the HTML stays empty); the
// shell's first script starts those reads already, with the anonymous token it carries (early-reads-script).
import { Suspense } from "react";
import { useTranslations } from "next-intl";
import { env } from "@/core/config/env";
import { LensPanel } from "@/lens/client/lens-panel";
import { ServerlessApp } from "@/serverless/client/serverless-app";
import { EarlyReadsScript } from "@/serverless/shell/early-reads-script";

function ShellFallback() {
  const t = useTranslations("states");
  return (
    <div aria-busy="true" className="min-h-screen">
      <div className="h-16 border-t-4 border-sls-500 border-b border-b-stone-200 bg-white" />
      <div className="mx-auto flex max-w-6xl items-center justify-center gap-3 px-4 py-24 text-stone-500">
        <span aria-hidden className="h-5 w-5 animate-spin rounded-full border-2 border-stone-300 border-t-sls-500" />
        {t("starting")}
      </div>
    </div>
  );
}

type PageProps = { params: Promise<{ path?: string[] }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ServerlessPage({ params, searchParams }: PageProps) {
  // The demo-account hint is shown only on the embedded default (seeded local accounts), as in the monolith.
  const showDemoAccounts = env().embedded;
  const segments = (await params).path ?? [];
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) for (const v of [value ?? []].flat()) query.append(key, v);
  return (
    <>
      {/* First in the body: the catalog reads start while the app's JavaScript is still downloading. */}
      <EarlyReadsScript segments={segments} params={query} />
      <Suspense fallback={<ShellFallback />}>
        <ServerlessApp showDemoAccounts={showDemoAccounts} lens={<LensPanel mode="serverless" />} />
      </Suspense>
    </>
  );
}
