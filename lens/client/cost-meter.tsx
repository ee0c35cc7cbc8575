"use client";
// The cost meter: what the measured function traffic would cost on a FaaS bill (per request + GB-seconds)
// against an always-on server for the monolith, with every price editable and its source cited, and a chart
// of monthly cost against monthly requests that marks where the two lines cross.
import { useLocale, useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { usePolling } from "@/components/use-polling";
import dynamic from "next/dynamic";
import { count, money } from "./cost-format";
import { useNearViewport } from "./use-near-viewport";
import { breakEvenRequests } from "@/core/costs/break-even-requests";
import { HOURS_PER_MONTH, type CostPrices, type PriceSource } from "@/core/costs/cost-prices";
import { monolithMonthlyCost } from "@/core/costs/monolith-monthly-cost";
import { serverlessMonthlyCost } from "@/core/costs/serverless-monthly-cost";
import type { InvocationJson } from "../model/lens-feed-types";

/** Until something ran: 100 ms at 1 GB, a typical small function call. */
const ASSUMED_GBS_PER_REQUEST = 0.1;
const SECONDS_PER_MONTH = HOURS_PER_MONTH * 3600;

type Measured = { requests: number; gbSeconds: number; windowMs: number };

function useMeasuredTraffic(): Measured {
  const [m, setM] = useState<Measured>({ requests: 0, gbSeconds: 0, windowMs: 0 });
  // A failed poll keeps the last figures.
  usePolling(
    async (active) => {
      const r = await fetch("/api/lens/invocations", { cache: "no-store" });
      const { now, invocations } = (await r.json()) as { now: number; invocations: InvocationJson[] };
      const billed = invocations.filter((i) => i.instanceId !== null);
      const first = Math.min(...billed.map((i) => i.startedAt));
      if (active())
        setM({
          requests: billed.length,
          gbSeconds: billed.reduce((s, i) => s + i.gbSeconds, 0),
          windowMs: billed.length ? Math.max(60_000, now - first) : 0,
        });
    },
    5000,
    { onlyWhenVisible: true },
  );
  return m;
}

// Each field's label is the message lens.cost.<key>.
const FIELDS: { key: keyof CostPrices; step: string; unit: string }[] = [
  { key: "requestPricePerMillion", step: "0.01", unit: "$" },
  { key: "gbSecondPrice", step: "0.0000000001", unit: "$" },
  { key: "freeRequests", step: "1", unit: "" },
  { key: "freeGbSeconds", step: "1", unit: "" },
  { key: "instanceHourlyPrice", step: "0.0001", unit: "$" },
  { key: "instances", step: "1", unit: "" },
];

// The chart library is the heaviest part of this page (~115 kB): it loads in its own chunk when the chart comes near
// the screen (use-near-viewport.ts), not with the page; the figures above and the chart's text alternative do not
// wait for it.
const BreakEvenChart = dynamic(() => import("./break-even-chart"), {
  ssr: false,
  loading: () => <ChartLoading />,
});

function ChartLoading() {
  return <p className="text-sm text-stone-500">{useTranslations("lens.cost")("loadingChart")}</p>;
}

// The defaults and their sources come from the page (core/costs/default-prices on the server), so this browser code
// carries no price data of its own.
export function CostMeter({ defaults, sources }: { defaults: CostPrices; sources: PriceSource[] }) {
  const t = useTranslations("lens.cost");
  const locale = useLocale();
  const whole = (v: number) => Math.round(v).toLocaleString(locale);
  const [prices, setPrices] = useState<CostPrices>(defaults);
  const [freeTier, setFreeTier] = useState(false);
  const measured = useMeasuredTraffic();
  const [chartBox, chartNear] = useNearViewport<HTMLDivElement>();

  const gbsPerRequest = measured.requests > 0 ? measured.gbSeconds / measured.requests : ASSUMED_GBS_PER_REQUEST;
  const monthlyRate = measured.windowMs > 0 ? (measured.requests / (measured.windowMs / 1000)) * SECONDS_PER_MONTH : 0;
  const monolith = monolithMonthlyCost(prices);
  const breakEven = breakEvenRequests(gbsPerRequest, prices, freeTier, monolith);
  const atRate = serverlessMonthlyCost({ requests: monthlyRate, gbSecondsPerRequest: gbsPerRequest }, prices, freeTier).total;

  const data = useMemo(() => {
    const max = Math.max(1_000_000, (breakEven ?? 10_000_000) * 2, monthlyRate * 1.2);
    const xs = Array.from({ length: 41 }, (_, i) => (max * i) / 40);
    if (freeTier) xs.push(prices.freeRequests, prices.freeGbSeconds / gbsPerRequest);
    if (breakEven !== null) xs.push(breakEven);
    return [...new Set(xs.filter((x) => x >= 0 && x <= max))]
      .sort((a, b) => a - b)
      .map((requests) => ({
        requests,
        serverless: serverlessMonthlyCost({ requests, gbSecondsPerRequest: gbsPerRequest }, prices, freeTier).total,
        monolith,
      }));
  }, [prices, freeTier, gbsPerRequest, breakEven, monthlyRate, monolith]);

  return (
    <div className="grid gap-6 lg:grid-cols-[20rem_1fr]">
      <form className="card flex flex-col gap-3 p-5" aria-labelledby="prices-heading" onSubmit={(e) => e.preventDefault()}>
        <h3 id="prices-heading" className="text-lg font-bold">
          {t("prices")}
        </h3>
        {FIELDS.map((f) => (
          <div key={f.key}>
            <label className="label" htmlFor={`price-${f.key}`}>
              {t(f.key)}
              {f.unit ? ` (${f.unit})` : ""}
            </label>
            <input
              id={`price-${f.key}`}
              type="number"
              min={0}
              step={f.step}
              value={prices[f.key]}
              onChange={(e) => setPrices((p) => ({ ...p, [f.key]: Math.max(0, Number(e.target.value) || 0) }))}
              className="input tabular-nums"
            />
          </div>
        ))}
        <label className="flex items-center gap-2 text-sm font-medium text-stone-700">
          <input type="checkbox" checked={freeTier} onChange={(e) => setFreeTier(e.target.checked)} className="h-4 w-4 accent-sls-600" />{" "}
          {t("freeTier")}
        </label>
        <button type="button" className="btn-secondary" onClick={() => setPrices(defaults)}>
          {t("reset")}
        </button>
        <div className="text-xs text-stone-500">
          <p className="mb-1" data-testid="usd-note">
            {t("usdNote")}
          </p>
          <p className="font-semibold text-stone-600">{t("sources")}</p>
          <ul className="mt-1 list-disc space-y-1 pl-4">
            {sources.map((s) => (
              <li key={s.url}>
                {/* The cited page's own (English) title. */}
                <a href={s.url} lang="en" className="text-brand-700 underline underline-offset-2" rel="noreferrer" target="_blank">
                  {s.label}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </form>

      <div className="card flex flex-col gap-4 p-5">
        <dl className="grid gap-3 sm:grid-cols-4">
          <div className="rounded-lg bg-stone-50 px-3 py-2">
            <dt className="text-xs text-stone-500">{t("measuredCalls")}</dt>
            <dd className="text-lg font-semibold tabular-nums" data-testid="measured-requests">
              {measured.requests}
            </dd>
          </div>
          <div className="rounded-lg bg-stone-50 px-3 py-2">
            <dt className="text-xs text-stone-500">
              {t("gbsPerCall")} {measured.requests ? t("measured") : t("assumed")}
            </dt>
            <dd className="text-lg font-semibold tabular-nums">{gbsPerRequest.toFixed(4)}</dd>
          </div>
          <div className="rounded-lg bg-sls-50 px-3 py-2">
            <dt className="text-xs text-sls-600">{t("atRate")}</dt>
            <dd className="text-lg font-semibold tabular-nums text-sls-600">
              {money(atRate)} <span className="text-xs font-normal">{t("calls", { count: count(monthlyRate) })}</span>
            </dd>
          </div>
          <div className="rounded-lg bg-mono-50 px-3 py-2">
            <dt className="text-xs text-mono-600">{t("monolithMonth")}</dt>
            <dd className="text-lg font-semibold tabular-nums text-mono-600">{money(monolith)}</dd>
          </div>
        </dl>
        <p className="text-sm text-stone-700" data-testid="break-even">
          {breakEven === null
            ? t("never")
            : t.rich("cross", {
                requests: whole(breakEven),
                perSecond: (breakEven / SECONDS_PER_MONTH).toFixed(2),
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
        </p>
        <div
          ref={chartBox}
          className="h-80 w-full"
          role="img"
          aria-label={`${t("chartLabel", { monolith: money(monolith) })}${breakEven !== null ? t("chartCross", { requests: whole(breakEven) }) : ""}`}
        >
          {chartNear ? <BreakEvenChart data={data} breakEven={breakEven} monolith={monolith} monthlyRate={monthlyRate} /> : null}
        </div>
        <p className="text-xs text-stone-500">{t("formula", { hours: HOURS_PER_MONTH })}</p>
      </div>
    </div>
  );
}
