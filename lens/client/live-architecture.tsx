"use client";
// Both architectures side by side, lit by the live feed; selecting a node opens its recent calls beside them.
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { LiveArchitectureDiagram, type DrawnNodeId } from "@/lens/client/live-architecture-diagram";
import type { LensEventDetail } from "../model/lens-feed-types";
import { LensFeedProvider, useSharedLensFeed, type SharedLensFeed } from "./lens-feed-context";

/** Reads the page's shared feed (/architecture provides one), or polls its own when drawn alone. */
export function LiveArchitecture() {
  const shared = useSharedLensFeed();
  return shared ? (
    <LiveArchitectureView feed={shared} />
  ) : (
    <LensFeedProvider>
      <OwnFeed />
    </LensFeedProvider>
  );
}

function OwnFeed() {
  return <LiveArchitectureView feed={useSharedLensFeed()!} />;
}

function DetailText({ detail }: { detail: LensEventDetail }) {
  const t = useTranslations("lens.live.detail");
  switch (detail.kind) {
    case "http":
      return <>{t("http", { status: String(detail.status) })}</>;
    case "trace":
      return <>{t("trace", { traceId: detail.traceId })}</>;
    case "invocation":
      return (
        <>
          {detail.instanceId === null
            ? t("throttled", { status: detail.status, billedMs: detail.billedMs })
            : t(detail.cold ? "invocationCold" : "invocationWarm", {
                instanceId: detail.instanceId,
                status: detail.status,
                billedMs: detail.billedMs,
              })}
        </>
      );
    case "routed":
      return <>{detail.instanceId === null ? t("routedThrottled") : t("routed", { instanceId: detail.instanceId })}</>;
  }
}

function LiveArchitectureView({ feed }: { feed: SharedLensFeed }) {
  const t = useTranslations("lens");
  const { events, now, activity } = feed;
  const [selected, setSelected] = useState<DrawnNodeId | null>(null);

  const calls = useMemo(
    () =>
      selected
        ? events
            .filter((e) => e.node === selected)
            .slice(-25)
            .reverse()
        : [],
    [events, selected],
  );

  return (
    <div className="grid gap-6 xl:grid-cols-[1fr_1fr_20rem]">
      <section aria-labelledby="live-mono" className="card p-5">
        <h2 id="live-mono" className="flex items-center gap-2 text-lg font-bold">
          <span aria-hidden className="h-3 w-3 rounded-full bg-mono-500" /> {t("live.monolith")}
        </h2>
        <p className="text-sm text-stone-600">{t("live.monolithIntro")}</p>
        <div className="mt-3">
          <LiveArchitectureDiagram mode="monolith" activity={activity} selected={selected} onSelect={setSelected} />
        </div>
      </section>
      <section aria-labelledby="live-sls" className="card p-5">
        <h2 id="live-sls" className="flex items-center gap-2 text-lg font-bold">
          <span aria-hidden className="h-3 w-3 rounded-full bg-sls-500" /> {t("live.serverless")}
        </h2>
        <p className="text-sm text-stone-600">{t("live.serverlessIntro")}</p>
        <div className="mt-3">
          <LiveArchitectureDiagram mode="serverless" activity={activity} selected={selected} onSelect={setSelected} />
        </div>
      </section>
      <aside
        aria-labelledby="calls-heading"
        aria-live="polite"
        className="card flex max-h-[34rem] flex-col p-5 md:col-span-2 xl:col-span-1"
      >
        <h2 id="calls-heading" className="text-lg font-bold">
          {selected
            ? `${t(selected.startsWith("monolith") ? "live.monolith" : "live.serverless")} · ${t(`diagram.node.${selected}.label`)}`
            : t("live.recentCalls")}
        </h2>
        {!selected ? (
          <p className="mt-2 text-sm text-stone-600">{t("live.pickNode")}</p>
        ) : calls.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">{t("live.noCalls")}</p>
        ) : (
          // A long list scrolls: focusable, so it scrolls from the keyboard too (named by the panel's heading).
          <ol tabIndex={0} aria-labelledby="calls-heading" className="mt-3 divide-y divide-stone-100 overflow-y-auto text-sm">
            {calls.map((c) => (
              <li key={c.key} className="py-2">
                <div className="flex items-baseline justify-between gap-2">
                  <span className="truncate font-medium text-stone-800" title={c.name} translate="no">
                    {c.name}
                  </span>
                  <span className={`shrink-0 tabular-nums ${c.ok ? "text-stone-600" : "text-red-700"}`}>{c.durationMs.toFixed(1)} ms</span>
                </div>
                <div className="flex justify-between gap-2 text-xs text-stone-500">
                  <span className="truncate">
                    <DetailText detail={c.detail} />
                  </span>
                  <time className="shrink-0 tabular-nums" dateTime={new Date(c.at).toISOString()}>
                    {t("live.secondsAgo", { seconds: Math.max(0, Math.round((now - c.at) / 1000)) })}
                  </time>
                </div>
              </li>
            ))}
          </ol>
        )}
      </aside>
    </div>
  );
}
