// /architecture — the architecture lens: both architectures drawn live, the function runtime, and what the
// measured traffic would cost. The page renders per request only to know whether this browser is the instructor
// (who sees the runtime controls); its leaves poll the lens endpoints.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { Breadcrumb } from "@/components/breadcrumb";
import { isInstructor } from "@/infra/access/instructor-access";
import { DEFAULT_PRICES, PRICE_SOURCES } from "@/core/costs/default-prices";
import { CostMeter } from "@/lens/client/cost-meter";
import { LiveArchitecture } from "@/lens/client/live-architecture";
import { LensFeedProvider } from "@/lens/client/lens-feed-context";
import { LiveFacadeNode } from "@/lens/client/live-facade-node";
import { ProviderToggle } from "@/lens/client/provider-toggle";
import { RuntimeSection } from "@/lens/client/runtime-section";
import "@/lens/client/architecture.css";
import { routeRequests } from "@/core/migration/route-requests";
import { currentMigration } from "@/hybrid/migration/current-migration";
import { HybridDiagram } from "@/components/migration/hybrid-diagram";
import { MigrationPanel } from "@/components/migration/migration-panel";
import { ScrollToHash } from "@/components/scroll-to-hash";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("architecture"))("title") };
}

export default async function ArchitecturePage() {
  const h = await headers();
  const instructor = isInstructor(h);
  const migration = await currentMigration(h);
  const t = await getTranslations("architecture");
  const tl = await getTranslations("lens.hybrid");
  return (
    <main className="mx-auto w-full max-w-7xl px-4 py-10 [&_h2[id]]:scroll-mt-4">
      <ScrollToHash />
      <Breadcrumb label={t("breadcrumb")} crumbs={[{ label: t("home"), href: "/" }, { label: t("title") }]} />
      <header className="mt-2 flex flex-wrap items-end justify-between gap-4">
        <div className="max-w-3xl">
          <h1 className="text-4xl font-bold tracking-tight">{t("title")}</h1>
          <p className="mt-2 text-stone-700">{t("intro")}</p>
        </div>
        <nav aria-label={t("views")} className="flex flex-wrap gap-2">
          <a href="/architecture/compare" className="btn-primary">
            {t("compare")}
          </a>
          <a href="/architecture/api" className="btn-secondary">
            {t("apiReference")}
          </a>
          {instructor ? (
            <a href="/class/bench" className="btn-secondary">
              {t("bench")}
            </a>
          ) : null}
          <a href="/monolith" className="btn-secondary">
            {t("monolithStore")}
          </a>
          <a href="/hybrid" className="btn-secondary">
            {tl("store")}
          </a>
          <a href="/serverless" className="btn-secondary">
            {t("serverlessStore")}
          </a>
        </nav>
      </header>

      {/* One feed for the live diagrams and the hybrid section's facade node. */}
      <LensFeedProvider>
        <section aria-labelledby="live-heading" className="mt-8">
          <h2 id="live-heading" className="sr-only">
            {t("live")}
          </h2>
          <LiveArchitecture />
        </section>

        <section aria-labelledby="hybrid-heading" className="mt-12 space-y-4">
          <h2 id="hybrid-heading" className="text-2xl font-bold">
            {tl("heading")}
          </h2>
          <p className="max-w-3xl text-stone-600">{tl.rich("intro", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
          <HybridDiagram state={migration.state} table={routeRequests(migration.state)} facade={<LiveFacadeNode />} />
          <MigrationPanel
            state={migration.state}
            classState={migration.classState}
            source={migration.source}
            instructor={instructor}
            returnTo="/architecture"
            idPrefix="lens-migration"
          />
        </section>
      </LensFeedProvider>

      <section aria-labelledby="providers-heading" className="mt-12">
        <h2 id="providers-heading" className="text-2xl font-bold">
          {t("providers")}
        </h2>
        <div className="mt-4">
          <ProviderToggle />
        </div>
      </section>

      <section aria-labelledby="runtime-heading" className="mt-12">
        <h2 id="runtime-heading" className="text-2xl font-bold">
          {t("runtime")}
        </h2>
        <p className="mt-1 max-w-3xl text-stone-600">{t.rich("runtimeIntro", { strong: (chunks) => <strong>{chunks}</strong> })}</p>
        <div className="mt-4">
          <RuntimeSection instructor={instructor} />
        </div>
      </section>

      <section aria-labelledby="cost-heading" className="mt-12">
        <h2 id="cost-heading" className="text-2xl font-bold">
          {t("cost")}
        </h2>
        <p className="mt-1 max-w-3xl text-stone-600">{t("costIntro")}</p>
        <div className="mt-4">
          <CostMeter defaults={DEFAULT_PRICES} sources={PRICE_SOURCES} />
        </div>
      </section>
    </main>
  );
}
