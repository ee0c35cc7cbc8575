"use client";
// The two architectures' bills for the same action, side by side, on one provider; under the serverless bill, the
// cost meter's price for the same function runs (from the invocation log), which its Lambda lines must equal.
// Loaded only once a compare run has finished (compare-client.tsx), so the page does not carry the price book.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { DEFAULT_PRICES } from "@/core/costs/default-prices";
import type { BillingProvider } from "@/core/costs/price-book";
import { serverlessMonthlyCost } from "@/core/costs/serverless-monthly-cost";
import { formatUsd, priceTrace, type Ledger } from "@/core/costs/span-ledger";
import { DEFAULT_FUNCTION_MEMORY_MB } from "@/core/functions/function-specs";
import type { InvocationJson } from "../../model/lens-feed-types";
import type { LensSpan } from "../../model/span";
import { ActionBill, priceSpans, ProviderSelect } from "../action-bill";

type MeterCheck = { runs: number; meter: number; ledger: number };

/** The Lambda lines of the entries whose function the runtime ran (the ones the invocation log, and so the meter, sees). */
function measuredLambda(ledger: Ledger): number {
  const measured = new Set(ledger.lines.filter((l) => l.kind === "lambda-compute" && l.measured).map((l) => l.spanId));
  return ledger.lines.filter((l) => l.kind.startsWith("lambda-") && measured.has(l.spanId)).reduce((s, l) => s + l.usd, 0);
}

function useMeterCheck(spans: LensSpan[]): MeterCheck | null {
  const [check, setCheck] = useState<MeterCheck | null>(null);
  useEffect(() => {
    let cancelled = false;
    const traceIds = new Set(spans.map((s) => s.traceId));
    void (async () => {
      const r = await fetch("/api/lens/invocations", { cache: "no-store" }).catch(() => null);
      if (!r?.ok) return;
      const { invocations } = (await r.json()) as { invocations: InvocationJson[] };
      const runs = invocations.filter((i) => traceIds.has(i.traceId) && i.instanceId !== null);
      const gbs = runs.reduce((s, i) => s + i.gbSeconds, 0);
      const meter = runs.length
        ? serverlessMonthlyCost({ requests: runs.length, gbSecondsPerRequest: gbs / runs.length }, DEFAULT_PRICES, false).total
        : 0;
      const ledger = measuredLambda(priceTrace(spans, "aws-x86", { defaultMemoryMb: DEFAULT_FUNCTION_MEMORY_MB }));
      if (!cancelled) setCheck({ runs: runs.length, meter, ledger });
    })();
    return () => {
      cancelled = true;
    };
  }, [spans]);
  return check;
}

export default function CompareBills({ action, monolith, serverless }: { action: string; monolith: LensSpan[]; serverless: LensSpan[] }) {
  const t = useTranslations("lens.ledger");
  const tc = useTranslations("lens.compare");
  const [provider, setProvider] = useState<BillingProvider>("vercel");
  const check = useMeterCheck(serverless);
  return (
    <section aria-labelledby="bill-heading" className="card mt-6 p-5" data-testid="compare-bills">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="bill-heading" className="text-lg font-bold">
          {t("billHeading")}
        </h2>
        <ProviderSelect id="compare-provider" value={provider} onChange={setProvider} />
      </div>
      <p className="mt-1 max-w-3xl text-sm text-stone-600">{t("billIntro")}</p>
      <div className="mt-4 grid gap-6 lg:grid-cols-2">
        <div>
          <h3 className="text-base font-bold text-mono-600">{tc("monolith")}</h3>
          <ActionBill ledger={priceSpans(monolith, provider)} label={`${tc("monolith")} · ${action}`} testId="bill-monolith" />
        </div>
        <div>
          <h3 className="text-base font-bold text-sls-600">{tc("serverless")}</h3>
          <ActionBill ledger={priceSpans(serverless, provider)} label={`${tc("serverless")} · ${action}`} testId="bill-serverless" />
          {check && check.runs > 0 ? (
            <p
              className="mt-2 text-xs text-stone-600"
              data-testid="meter-check"
              data-meter-usd={check.meter}
              data-ledger-usd={check.ledger}
            >
              {t("meterCheck", { count: check.runs, meter: formatUsd(check.meter), ledger: formatUsd(check.ledger) })}
            </p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
