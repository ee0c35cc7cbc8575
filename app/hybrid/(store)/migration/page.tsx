// The hybrid store's migration panel (also on /architecture): six switches and the recommended path.
import type { Metadata } from "next";
import { isInstructor } from "@/infra/access/instructor-access";
import { hybridFacade } from "@/hybrid/facade/hybrid-facade";
import { Alert } from "@/components/alert";
import { MigrationPanel } from "@/components/migration/migration-panel";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Migration panel" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HybridMigrationPage({ searchParams }: Props) {
  const [facade, sp] = await Promise.all([hybridFacade(), searchParams]);
  const error = typeof sp.migrationError === "string" ? sp.migrationError.slice(0, 300) : undefined;
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold tracking-tight">Migration panel</h1>
        <p className="mt-2 max-w-3xl text-stone-700">
          Strangle the monolith: the routing facade sends each capability to the old server or its serverless replacement. Move one at a
          time, then shop in the hybrid store with the lens open.
        </p>
      </div>
      {error ? <Alert>{error}</Alert> : null}
      <h2 className="sr-only">Switches and the recommended order</h2>
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
