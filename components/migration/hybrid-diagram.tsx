// The hybrid store on /architecture: the routing facade in front, and each capability drawn on the side that
// serves it now — what is still in the monolith on the left, what has moved on the right, the bridges below.
import type { ReactNode } from "react";
import { CAPABILITIES, CAPABILITY_LABELS, type MigrationState } from "../../core/migration/migration-state";
import { BRIDGES, type RoutingTable } from "../../core/migration/route-requests";

/** `facade` replaces the static facade box (the lens passes its live node, which lights up with hybrid traffic). */
export function HybridDiagram({ state, table, facade }: { state: MigrationState; table: RoutingTable; facade?: ReactNode }) {
  const column = (side: "monolith" | "serverless") => {
    const caps = CAPABILITIES.filter((c) => state[c] === side);
    const tone = side === "monolith" ? "border-mono-500 bg-mono-50" : "border-sls-500 bg-sls-50";
    return (
      <div className={`rounded-2xl border-2 border-dashed p-3 ${tone}`}>
        <h3 className="text-sm font-bold">{side === "monolith" ? "Still in the monolith" : "Moved to serverless"}</h3>
        {caps.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">
            {side === "monolith" ? "Nothing: the monolith can be switched off." : "Nothing yet."}
          </p>
        ) : (
          <ul className="mt-2 flex flex-wrap gap-2">
            {caps.map((c) => (
              <li key={c} className="rounded-lg bg-white px-2 py-1 text-sm font-semibold shadow-sm">
                {CAPABILITY_LABELS[c]}
              </li>
            ))}
          </ul>
        )}
      </div>
    );
  };
  return (
    <figure className="card space-y-3 p-5" aria-label="Hybrid store: the routing facade and where each capability runs">
      {facade ?? (
        <div className="mx-auto w-fit rounded-xl border-2 border-fuchsia-600 bg-fuchsia-50 px-4 py-2 text-center">
          <p className="font-bold text-fuchsia-900">Routing facade</p>
          <p className="text-xs text-stone-700">decides per request · its own span in the lens</p>
        </div>
      )}
      <div className="grid gap-3 sm:grid-cols-2">
        {column("monolith")}
        {column("serverless")}
      </div>
      <figcaption className="text-sm text-stone-700">
        {table.bridges.length === 0
          ? "No bridges: every capability is on one side."
          : `Bridges: ${table.bridges.map((b) => BRIDGES[b].replace(/\.$/, "")).join("; ")}.`}
      </figcaption>
    </figure>
  );
}
