// The hybrid store on /architecture: the routing facade in front, and each capability drawn on the side that
// serves it now — what is still in the monolith on the left, what has moved on the right, the bridges below.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { CAPABILITIES, type MigrationState } from "../../core/migration/migration-state";
import type { RoutingTable } from "../../core/migration/route-requests";

/** `facade` replaces the static facade box (the lens passes its live node, which lights up with hybrid traffic). */
export function HybridDiagram({ state, table, facade }: { state: MigrationState; table: RoutingTable; facade?: ReactNode }) {
  const t = useTranslations("lens");
  const tm = useTranslations("migration");
  const column = (side: "monolith" | "serverless") => {
    const caps = CAPABILITIES.filter((c) => state[c] === side);
    const tone = side === "monolith" ? "border-mono-500 bg-mono-50" : "border-sls-500 bg-sls-50";
    return (
      <div className={`rounded-2xl border-2 border-dashed p-3 ${tone}`}>
        <h3 className="text-sm font-bold">{side === "monolith" ? t("hybrid.stillMonolith") : t("hybrid.movedServerless")}</h3>
        {caps.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">{side === "monolith" ? t("hybrid.monolithEmpty") : t("hybrid.serverlessEmpty")}</p>
        ) : (
          <ul className="mt-2 flex flex-wrap gap-2">
            {caps.map((c) => (
              <li key={c} className="rounded-lg bg-white px-2 py-1 text-sm font-semibold shadow-sm">
                {tm(`capability.${c}`)}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  };
  return (
    <figure className="card space-y-3 p-5" aria-label={t("hybrid.figure")}>
      {facade ?? (
        <div className="mx-auto w-fit rounded-xl border-2 border-fuchsia-600 bg-fuchsia-50 px-4 py-2 text-center">
          <p className="font-bold text-fuchsia-900">{t("facade.title")}</p>
          <p className="text-xs text-stone-700">{t("facade.sub")}</p>
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        {column("monolith")}
        {column("serverless")}
      </div>
      <figcaption className="text-sm text-stone-700">
        {table.bridges.length === 0
          ? t("hybrid.noBridges")
          : t("hybrid.bridges", { list: table.bridges.map((b) => tm(`bridge.${b}`).replace(/[.。]$/, "")).join(t("hybrid.separator")) })}
      </figcaption>
    </figure>
  );
}
