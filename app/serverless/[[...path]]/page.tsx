// Every /serverless/... address is this one page: a shell with no catalog data in its HTML. The client app
// reads the URL and fetches what the view needs from the data API (a test checks the HTML stays empty).
import { Suspense } from "react";
import { useTranslations } from "next-intl";
import { env } from "@/core/config/env";
import { LensPanel } from "@/lens/client/lens-panel";
import { ServerlessApp } from "@/serverless/client/serverless-app";

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

export default function ServerlessPage() {
  // The demo-account hint is shown only on the embedded default (seeded local accounts), as in the monolith.
  const showDemoAccounts = env().embedded;
  return (
    <Suspense fallback={<ShellFallback />}>
      <ServerlessApp showDemoAccounts={showDemoAccounts} lens={<LensPanel mode="serverless" />} />
    </Suspense>
  );
}
