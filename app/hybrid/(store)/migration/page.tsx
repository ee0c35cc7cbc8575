// The hybrid store's migration panel (also on /architecture): six switches and the recommended path.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { isInstructor } from "@/infra/access/instructor-access";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { Alert } from "@/components/alert";
import { MigrationPanel } from "@/components/migration/migration-panel";
import { RefusedState } from "@/components/migration/refused-state";
import { decodeMigrationState } from "@/core/migration/migration-state";
import { isBuiltState } from "@/core/migration/unbuilt-states";
import { flashMessage } from "@/monolith/forms/flash-message";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("migration"))("panelTitle") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HybridMigrationPage({ searchParams }: Props) {
  const [facade, sp, t] = await Promise.all([hybridFacade(), searchParams, getTranslations("migration")]);
  const error = flashMessage(sp, "migrationError")?.slice(0, 300);
  const refused = decodeMigrationState(sp.migrationRefused);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">{t("panelTitle")}</h1>
        <p className="mt-2 max-w-3xl text-stone-700">{t("panelIntro")}</p>
      </div>
      {error ? <Alert>{error}</Alert> : null}
      {refused && !isBuiltState(refused) ? <RefusedState state={refused} /> : null}
      <h2 className="sr-only">{t("switchesAndOrder")}</h2>
      <MigrationPanel
        state={facade.state}
        classState={facade.classState}
        source={facade.source}
        instructor={isInstructor(facade.headers)}
        returnTo="/hybrid/migration"
        idPrefix="hybrid-migration"
      />
    </div>
  );
}
