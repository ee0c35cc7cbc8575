"use client";
// Evidence on the shared screen: the serverless function instances, live (about once a second, from the same
// GET /api/lens/functions the lens's runtime panel reads), and the calls since this step began: cold starts,
// warm calls and 429s, against the concurrency limit. Counted from the figures on screen when the step began, so
// an earlier step's calls do not count. Its own component, polling on its own: it needs nothing from the class's
// event stream (when the classroom pushes step results itself, this can read them from there instead).
import { useRef } from "react";
import { useTranslations } from "next-intl";
import { useFunctionsReport } from "@/lens/client/use-functions-report";

type Counts = { calls: number; cold: number; warm: number; throttled: number };

export function InstancePool({ stepKey, size }: { stepKey: string; size: { label: string; small: string } }) {
  const t = useTranslations("classroom.evidence");
  const { report } = useFunctionsReport(1000);
  const base = useRef<{ key: string; counts: Counts } | null>(null);
  const search = report?.functions.find((f) => f.functionName === "search");
  const now: Counts = {
    calls: search?.invocations ?? 0,
    cold: search?.cold ?? 0,
    warm: search?.warm ?? 0,
    throttled: search?.throttled ?? 0,
  };
  // The first report of a step is its baseline (a ref: it must not re-render, and survives every later poll).
  // eslint-disable-next-line react-hooks/refs -- read and set once per step, before any count is shown
  if (report && base.current?.key !== stepKey) base.current = { key: stepKey, counts: now };
  // eslint-disable-next-line react-hooks/refs
  const from = base.current?.counts ?? now;
  const since = (k: keyof Counts) => Math.max(0, now[k] - from[k]);
  const instances = search?.instances ?? [];
  const limit = report?.limits.maxConcurrency ?? 0;
  return (
    <section
      aria-labelledby="pool-heading"
      className="rounded-2xl border border-stone-200 bg-white p-[min(1.2vw,2vh)]"
      data-testid="instance-pool"
    >
      <h2 id="pool-heading" className={`${size.small} font-semibold uppercase tracking-wider text-stone-600`}>
        {t("heading")}
      </h2>
      <div className="mt-2 flex flex-wrap items-center gap-2" aria-hidden="true">
        {instances.map((i) => (
          <span
            key={i.id}
            title={i.id}
            className={`inline-block h-[min(2.4vw,4vh)] w-[min(2.4vw,4vh)] rounded-md ${i.state === "busy" ? "bg-sls-600" : "bg-emerald-500"}`}
          />
        ))}
        {instances.length === 0 && <span className={`${size.small} text-stone-500`}>{t("none")}</span>}
      </div>
      <p className={`${size.label} mt-2 tabular-nums text-stone-900`} data-testid="pool-figures" data-instances={instances.length}>
        {t("figures", { instances: instances.length, limit })}
      </p>
      <p className={`${size.small} tabular-nums text-stone-700`} data-calls={since("calls")} data-throttled={since("throttled")}>
        {t("calls", { calls: since("calls"), cold: since("cold"), warm: since("warm"), throttled: since("throttled") })}
      </p>
    </section>
  );
}
