// One action of the lens as a waterfall: a row per span (indented by call depth) with its component's
// color and a bar placed at its offset, sized by its duration; the action's totals above. Presentational.
// By default "architecture only": the framework's spans are folded into their component (fold-framework.ts);
// `detail` shows every span. Below 640 px a row stacks (name and time, then component and a full-width bar),
// so a phone's bars are not 1-px ticks.
import { useTranslations } from "next-intl";
import type { TraceSummary } from "../model/summarize-trace";
import { foldFrameworkRows, rowLabel } from "../model/fold-framework";
import { COMPONENT_COLOR } from "./lens-colors";

const ms = (n: number) => (n >= 100 ? `${Math.round(n)} ms` : `${n.toFixed(1)} ms`);
const kb = (n: number) => (n >= 1024 ? `${(n / 1024).toFixed(1)} KB` : `${n} B`);

export function LensWaterfall({ summary, label, detail = false }: { summary: TraceSummary; label: string; detail?: boolean }) {
  const t = useTranslations("lens");
  const total = Math.max(summary.durationMs, 0.001);
  const rows = detail ? summary.rows.map((r) => ({ ...r, folded: 0 })) : foldFrameworkRows(summary.rows);
  return (
    <article aria-label={t("waterfall.action", { label })} className="rounded-xl border border-stone-200 bg-white p-3">
      <h3 className="truncate text-sm font-semibold" title={label} translate="no">
        {label}
      </h3>
      <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-stone-600">
        <Stat term={t("waterfall.total")} value={ms(summary.durationMs)} />
        <Stat term={t("waterfall.hops")} value={String(summary.hops)} />
        <Stat term={t("waterfall.roundTrips")} value={String(summary.roundTrips)} />
        <Stat term={t("waterfall.serverTime")} value={ms(summary.serverMs)} />
        <Stat term={t("waterfall.bytes")} value={kb(summary.bytes)} />
      </dl>
      <ol className="mt-2 space-y-0.5 text-xs">
        {rows.map(({ span, depth, offsetMs, folded }) => (
          <li
            key={span.spanId}
            data-component={span.component}
            data-folded={folded}
            className="flex flex-wrap items-center gap-x-2 gap-y-0.5 border-b border-stone-100 py-0.5 last:border-0 sm:grid sm:grid-cols-[minmax(0,14rem)_7rem_1fr_4.5rem] sm:border-0"
          >
            <span
              className="order-1 min-w-0 flex-[1_1_60%] truncate sm:order-none"
              style={{ paddingLeft: `${Math.min(depth, 8) * 0.6}rem` }}
              title={rowLabel(span)}
              translate="no"
            >
              {rowLabel(span)}
              {folded > 0 && <span className="ml-1 text-stone-500">{t("waterfall.folded", { count: folded })}</span>}
            </span>
            <span className="order-3 flex w-28 items-center gap-1 truncate text-stone-600 sm:order-none sm:w-auto">
              <span aria-hidden className={`h-2 w-2 shrink-0 rounded-full ${COMPONENT_COLOR[span.component]}`} />
              {t(`component.${span.component}`)}
            </span>
            <span aria-hidden className="relative order-4 h-2.5 flex-[1_1_40%] rounded bg-stone-100 sm:order-none">
              <span
                className={`absolute top-0 h-full rounded ${COMPONENT_COLOR[span.component]} ${span.status === "error" ? "ring-2 ring-red-600" : ""}`}
                style={{
                  left: `${Math.min(100, (offsetMs / total) * 100)}%`,
                  width: `max(2px, ${Math.min(100, (span.durationMs / total) * 100)}%)`,
                }}
              />
            </span>
            <span className="order-2 text-right tabular-nums text-stone-700 sm:order-none">{ms(span.durationMs)}</span>
          </li>
        ))}
      </ol>
    </article>
  );
}

function Stat({ term, value }: { term: string; value: string }) {
  return (
    <div className="flex gap-1">
      <dt>{term}</dt>
      <dd className="font-semibold tabular-nums text-stone-900">{value}</dd>
    </div>
  );
}
