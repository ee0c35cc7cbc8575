"use client";
// One action's bill: its spans priced line by line on one provider (core/costs/span-ledger), with the total first
// ("this search: $0.00000040 on Vercel"). The lens dialog and /architecture/compare show it; both load it only
// when it is needed, so no page carries the price book up front.
import { useTranslations } from "next-intl";
import { BILLING_PROVIDERS, type BillingProvider } from "@/core/costs/price-book";
import { DEFAULT_FUNCTION_MEMORY_MB } from "@/core/functions/function-specs";
import { formatUsd, priceTrace, type Ledger, type LedgerSpan } from "@/core/costs/span-ledger";

export function priceSpans(spans: LedgerSpan[], provider: BillingProvider): Ledger {
  return priceTrace(spans, provider, { defaultMemoryMb: DEFAULT_FUNCTION_MEMORY_MB });
}

const quantity = (q: number) =>
  q === 0 ? "0" : q >= 100 ? q.toFixed(0) : q >= 1 ? String(Number(q.toFixed(2))) : String(Number(q.toPrecision(2)));

export function ProviderSelect({ id, value, onChange }: { id: string; value: BillingProvider; onChange: (p: BillingProvider) => void }) {
  const t = useTranslations("lens.ledger");
  return (
    <span className="inline-flex items-center gap-2 text-sm">
      <label htmlFor={id} className="font-medium text-stone-700">
        {t("pricedOn")}
      </label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as BillingProvider)} className="input w-auto py-1 text-sm">
        {BILLING_PROVIDERS.map((p) => (
          <option key={p} value={p}>
            {t(`provider.${p}`)}
          </option>
        ))}
      </select>
    </span>
  );
}

export function ActionBill({ ledger, label, testId }: { ledger: Ledger; label: string; testId?: string }) {
  const t = useTranslations("lens.ledger");
  const tc = useTranslations("lens.component");
  return (
    <div data-testid={testId} data-total-usd={ledger.total} className="text-xs">
      <p className="text-sm text-stone-800">
        {t.rich("total", {
          label,
          total: formatUsd(ledger.total),
          provider: t(`provider.${ledger.provider}`),
          strong: (c) => <strong>{c}</strong>,
        })}
      </p>
      <table className="mt-2 w-full border-collapse text-left">
        <caption className="sr-only">{t("caption", { label })}</caption>
        <thead className="text-stone-600">
          <tr>
            <th scope="col" className="py-1 pr-2 font-semibold">
              {t("item")}
            </th>
            <th scope="col" className="py-1 pr-2 font-semibold">
              {t("span")}
            </th>
            <th scope="col" className="py-1 pr-2 text-right font-semibold">
              {t("quantity")}
            </th>
            <th scope="col" className="py-1 text-right font-semibold">
              {t("cost")}
            </th>
          </tr>
        </thead>
        <tbody>
          {ledger.lines.map((l, i) => (
            <tr key={`${l.spanId}-${l.kind}-${i}`} data-kind={l.kind} data-usd={l.usd} className="border-t border-stone-100">
              <td className="py-0.5 pr-2">
                {t(`kind.${l.kind}`)}
                {l.measured ? null : <span className="ml-1 text-stone-500">({t("assumed")})</span>}
              </td>
              <td className="max-w-[12rem] truncate py-0.5 pr-2 text-stone-600">
                {tc(l.component as never)} ·{" "}
                <span translate="no" title={l.spanName}>
                  {l.spanName}
                </span>
              </td>
              <td className="py-0.5 pr-2 text-right tabular-nums">{t(`unit.${l.unit}`, { q: quantity(l.quantity) })}</td>
              <td className="py-0.5 text-right tabular-nums">{formatUsd(l.usd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {ledger.free.length > 0 ? <p className="mt-1 text-stone-500">{t("free", { count: ledger.free.length })}</p> : null}
    </div>
  );
}
