// What the migration panel says when it refused a state (409, docs/decisions/023): which capabilities would still
// be in the monolith behind the browser app, what to move first, and the bridges the state would have needed.
import { useLocale, useTranslations } from "next-intl";
import type { MigrationState } from "../../core/migration/migration-state";
import { moveBeforePages, unbuiltBridges } from "../../core/migration/unbuilt-states";

export function RefusedState({ state }: { state: MigrationState }) {
  const t = useTranslations("hybridBridges");
  const tm = useTranslations("migration");
  const locale = useLocale();
  const capabilities = new Intl.ListFormat(locale, { type: "conjunction" }).format(moveBeforePages(state).map((c) => tm(`moveLower.${c}`)));
  return (
    <div role="alert" className="rounded-2xl border border-red-200 bg-red-50 p-4 text-sm text-red-950" data-testid="migration-refused">
      <p className="font-semibold">{t("refusedTitle")}</p>
      <p className="mt-1">{t("refused", { capabilities })}</p>
      <p className="mt-2 font-semibold">{t("refusedBridges")}</p>
      <ul className="mt-1 list-disc pl-5">
        {unbuiltBridges(state).map((b) => (
          <li key={b}>{tm(`bridge.${b}`)}</li>
        ))}
      </ul>
    </div>
  );
}
