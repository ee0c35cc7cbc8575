// The hybrid store's strip under the header: the routing facade's current decision for each capability, and
// the bridges it is running. Server-rendered, no JavaScript.
import { useTranslations } from "next-intl";
import { CAPABILITIES, type MigrationState } from "../../core/migration/migration-state";
import type { RoutingTable } from "../../core/migration/route-requests";

export function FacadeStrip({
  state,
  table,
  source,
  panelHref,
}: {
  state: MigrationState;
  table: RoutingTable;
  source: "class" | "browser";
  panelHref: string;
}) {
  const t = useTranslations("migration");
  return (
    <section aria-label={t("facade")} className="border-b border-fuchsia-200 bg-fuchsia-50/70">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 text-xs">
        <span className="font-bold text-fuchsia-900">{t("facade")}</span>
        <ul className="flex flex-wrap gap-1.5">
          {CAPABILITIES.map((c) => (
            <li
              key={c}
              className={`rounded-full px-2 py-0.5 font-semibold ${state[c] === "monolith" ? "bg-mono-50 text-mono-600 ring-1 ring-mono-500/30" : "bg-sls-50 text-sls-600 ring-1 ring-sls-500/30"}`}
            >
              {t(`capability.${c}`)}: {state[c] === "monolith" ? t("monolith") : t("serverless")}
            </li>
          ))}
        </ul>
        <span className="text-stone-700">
          {table.bridges.length === 0 ? t("noBridges") : t("bridgeCount", { count: table.bridges.length })} ·{" "}
          {source === "class" ? t("classState") : t("browserState")}
        </span>
        <a href={panelHref} className="ml-auto font-semibold text-fuchsia-900 underline">
          {t("panelTitle")}
        </a>
      </div>
    </section>
  );
}
