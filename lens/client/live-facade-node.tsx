"use client";
// The routing facade as a live node on /architecture: it lights up and counts like the diagrams' nodes, from the
// same feed and by the same rule, whenever the hybrid store serves a request (its pages and form posts, and each
// routing decision hybrid/facade/hybrid-facade.ts records as a "routing-facade" span, e.g.
// "facade search → search-function"). Below the count: the decisions it took recently, most recent first.
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { RECENT_MS, type NodeId } from "../model/node-activity";
import { useSharedLensFeed } from "./lens-feed-context";

export const FACADE_NODE: NodeId = "monolith:routing-facade";
const DECISION = /^facade (.+)$/;
const SHOWN = 8; // one per kind of request the facade routes

export function LiveFacadeNode() {
  const t = useTranslations("lens.facade");
  const feed = useSharedLensFeed();
  const a = feed?.activity[FACADE_NODE];
  const active = a?.active ?? false;
  const calls = a?.recentCalls ?? 0;
  const events = feed?.events;
  const now = feed?.now ?? 0;
  const decisions = useMemo(() => {
    const seen = new Map<string, { count: number; at: number }>();
    for (const e of events ?? []) {
      const decision = e.node === FACADE_NODE && now - e.at <= RECENT_MS ? DECISION.exec(e.name)?.[1] : undefined;
      if (!decision) continue;
      const d = seen.get(decision) ?? { count: 0, at: 0 };
      seen.set(decision, { count: d.count + 1, at: Math.max(d.at, e.at) });
    }
    return [...seen].sort((x, y) => y[1].at - x[1].at).slice(0, SHOWN);
  }, [events, now]);

  return (
    <div
      data-node={FACADE_NODE}
      data-active={active ? "true" : "false"}
      className={`relative mx-auto w-full max-w-md${active ? " lens-node-active" : ""}`}
      style={{ ["--glow" as string]: "#c026d3" }}
    >
      <div
        className={`lens-node-box rounded-xl border-2 border-fuchsia-600 px-4 py-2 text-center ${active ? "bg-fuchsia-100" : "bg-fuchsia-50"}`}
      >
        <p className="font-bold text-fuchsia-900">{t("title")}</p>
        <p className="text-xs text-stone-700">{t("sub")}</p>
        <p className="mt-1 text-xs font-semibold text-fuchsia-900" data-testid="facade-traffic">
          {calls === 0 ? t("noTraffic") : `${t("traffic", { count: calls })}${active ? t("busyNow") : ""}`}
        </p>
        {decisions.length > 0 ? (
          <ul className="mt-1 space-y-0.5 text-left text-xs text-stone-700" aria-label={t("decisions")}>
            {decisions.map(([decision, d]) => (
              <li key={decision} className="flex justify-between gap-2">
                <span className="truncate font-mono" translate="no">
                  {decision}
                </span>
                <span className="shrink-0 tabular-nums">× {d.count}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {/* The same count badge as the diagrams' nodes; its number is already in the text above. */}
      {calls > 0 ? (
        <span
          aria-hidden
          className="absolute -right-2 -top-2 min-w-[1.5rem] rounded-full bg-fuchsia-800 px-1.5 text-center text-xs font-bold leading-5 text-white"
        >
          {calls}
        </span>
      ) : null}
    </div>
  );
}
