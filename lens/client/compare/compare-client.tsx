"use client";
// Run one action against both architectures and draw the two traces as waterfalls side by side: the
// browser's round trips (measured here) with the server spans of the same trace id nested under them.
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useState } from "react";
import type { LensSpan } from "@/lens/model/span";
import { describeDifferences, type SideTrace } from "./describe-differences";
import { BUY_PET, CompareStepError, runBoth, type CompareAction } from "./run-compare-action";
import type { TraceRecorder } from "./traced-fetch";

// The bills (and the price book they read) load only after a run, so the page itself stays as small as before.
const CompareBills = dynamic(() => import("./compare-bills"), { ssr: false });

// Each action's name is the message lens.compare.<id>, what it does lens.compare.<id>What.
const ACTIONS: CompareAction[] = ["browse", "search", "buy"];

type Result = { action: CompareAction; monolith: SideTrace; serverless: SideTrace };

async function spansOf(traceId: string): Promise<LensSpan[]> {
  const r = await fetch(`/api/lens/spans?traceId=${traceId}`, { cache: "no-store" }).catch(() => null);
  if (!r?.ok) return [];
  return ((await r.json()) as { spans: LensSpan[] }).spans;
}

async function toSide(rec: TraceRecorder): Promise<SideTrace> {
  const last = rec.calls.at(-1);
  return { calls: rec.calls, spans: await spansOf(rec.traceId), totalMs: last ? last.startMs + last.durationMs - rec.startedAt : 0 };
}

const COMPONENT_COLOR: Record<string, string> = {
  browser: "#78716c",
  "routing-facade": "#c026d3",
  "web-server": "#4f46e5",
  auth: "#7c3aed",
  "data-api": "#0891b2",
  gateway: "#0d9488",
  "search-function": "#059669",
  "purchase-function": "#16a34a",
  "pipeline-step": "#65a30d",
  consumer: "#6366f1",
  database: "#ea580c",
  storage: "#d97706",
};

function Waterfall({ title, side, tone, testId }: { title: string; side: SideTrace; tone: "mono" | "sls"; testId: string }) {
  const t = useTranslations("lens.compare");
  const tc = useTranslations("lens.component");
  const t0 = side.calls[0]?.startMs ?? 0;
  const span = Math.max(1, side.totalMs, ...side.spans.map((s) => s.startMs + s.durationMs - t0));
  const bar = (start: number, dur: number) => ({
    left: `${Math.max(0, Math.min(100, ((start - t0) / span) * 100))}%`,
    width: `${Math.max(0.6, (dur / span) * 100)}%`,
  });
  // Framework bookkeeping spans (route resolution, middleware) run to hundreds; the ones that took real
  // time tell the story, the rest are counted.
  const spansByStart = [...side.spans]
    .filter((s) => s.durationMs >= 5)
    .sort((a, b) => a.startMs - b.startMs)
    .slice(0, 40);
  const hidden = side.spans.length - spansByStart.length;
  return (
    <section aria-label={title} data-testid={testId} className="card p-5">
      <header className="flex items-baseline justify-between">
        <h3 className={`flex items-center gap-2 text-lg font-bold ${tone === "mono" ? "text-mono-600" : "text-sls-600"}`}>
          <span aria-hidden className={`h-3 w-3 rounded-full ${tone === "mono" ? "bg-mono-500" : "bg-sls-500"}`} />
          {title}
        </h3>
        <span className="text-2xl font-bold tabular-nums">{Math.round(side.totalMs)} ms</span>
      </header>
      <h4 className="mt-4 text-xs font-semibold uppercase tracking-wide text-stone-500">
        {t("fromBrowser", { count: side.calls.length })}
      </h4>
      <ol className="mt-2 space-y-2">
        {side.calls.map((c, i) => (
          <li key={i} className="text-sm">
            <div className="flex justify-between gap-2">
              <span className="truncate font-medium">
                {t(`call.${c.label}`)}
                {c.coldStart ? (
                  <span className="ml-2 rounded-full bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-800">{t("coldStart")}</span>
                ) : c.coldStart === false ? (
                  <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs font-semibold text-emerald-800">{t("warm")}</span>
                ) : null}
              </span>
              <span className="shrink-0 tabular-nums text-stone-600">
                {Math.round(c.durationMs)} ms · {c.status}
              </span>
            </div>
            <div className="relative mt-1 h-3 rounded bg-stone-100">
              <div
                className={`absolute h-3 rounded ${tone === "mono" ? "bg-mono-500" : "bg-sls-500"}`}
                style={bar(c.startMs, c.durationMs)}
              />
            </div>
            <p className="mt-0.5 truncate font-mono text-xs text-stone-500" translate="no">
              {c.method} {c.url}
              {c.servedBy ? ` · ${c.servedBy}` : ""}
            </p>
          </li>
        ))}
      </ol>
      <h4 className="mt-5 text-xs font-semibold uppercase tracking-wide text-stone-500">
        {t("serverSpans", { count: side.spans.length })}
      </h4>
      {side.spans.length === 0 ? (
        <p className="mt-1 text-sm text-stone-500">{t("noSpans")}</p>
      ) : (
        <ol className="mt-2 space-y-1.5">
          {spansByStart.map((s) => (
            <li key={s.spanId} className="grid grid-cols-[9rem_1fr_4rem] items-center gap-2 text-xs">
              <span className="truncate">
                {/* The component's color on a dot, its name in body text: a light color as small text would fail 4.5:1. */}
                <span aria-hidden className="mr-1 inline-block h-2 w-2 rounded-full" style={{ background: COMPONENT_COLOR[s.component] }} />
                <span className="font-semibold text-stone-800">{tc(s.component)}</span>{" "}
                <span translate="no" title={s.name}>
                  {s.name}
                </span>
              </span>
              <span className="relative h-2.5 rounded bg-stone-100">
                <span
                  className="absolute h-2.5 rounded"
                  style={{ ...bar(s.startMs, s.durationMs), background: COMPONENT_COLOR[s.component] ?? "#78716c" }}
                />
              </span>
              <span className="text-right tabular-nums text-stone-600">{s.durationMs.toFixed(1)} ms</span>
            </li>
          ))}
          {hidden > 0 ? <li className="pt-1 text-xs text-stone-500">{t("hidden", { count: hidden })}</li> : null}
        </ol>
      )}
    </section>
  );
}

export function CompareClient() {
  const t = useTranslations("lens.compare");
  const td = useTranslations("lens.compare.diff");
  const tc = useTranslations("lens.component");
  const [running, setRunning] = useState<CompareAction | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async (action: CompareAction) => {
    setRunning(action);
    setError(null);
    try {
      const both = await runBoth(action);
      await new Promise((r) => setTimeout(r, 400)); // spans end just after the response; let them land
      const [monolith, serverless] = await Promise.all([toSide(both.monolith), toSide(both.serverless)]);
      setResult({ action, monolith, serverless });
    } catch (e) {
      setError(e instanceof CompareStepError ? t("stepFailed", { status: e.status }) : t("failed"));
    } finally {
      setRunning(null);
    }
  };

  const differences = result ? describeDifferences(result.monolith, result.serverless, td, tc) : [];
  return (
    <div>
      <div className="grid gap-3 sm:grid-cols-3">
        {ACTIONS.map((a) => (
          <button
            key={a}
            type="button"
            onClick={() => void run(a)}
            disabled={running !== null}
            className={`card flex flex-col items-start p-4 text-left transition hover:border-brand-500 disabled:opacity-60 ${result?.action === a ? "border-brand-500 ring-2 ring-brand-500/20" : ""}`}
          >
            <span className="text-base font-bold">{running === a ? t("running", { label: t(a) }) : t(a)}</span>
            <span className="text-sm text-stone-600">{t(`${a}What`, { pet: BUY_PET })}</span>
          </button>
        ))}
      </div>
      <p className="mt-2 text-xs text-stone-500">{t("buyNote")}</p>
      {error ? (
        <p role="alert" className="mt-4 rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {result ? (
        <>
          <section aria-labelledby="diff-heading" className="mt-6 rounded-2xl border border-brand-100 bg-brand-50 p-5">
            <h2 id="diff-heading" className="text-lg font-bold text-brand-700">
              {t("whatDiffers")}
            </h2>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-stone-800" data-testid="differences">
              {differences.map((d, i) => (
                <li key={i}>{d}</li>
              ))}
            </ul>
          </section>
          <div className="mt-6 grid gap-6 lg:grid-cols-2">
            <Waterfall title={t("monolith")} side={result.monolith} tone="mono" testId="trace-monolith" />
            <Waterfall title={t("serverless")} side={result.serverless} tone="sls" testId="trace-serverless" />
          </div>
          <CompareBills action={t(result.action)} monolith={result.monolith.spans} serverless={result.serverless.spans} />
        </>
      ) : (
        <p className="mt-8 rounded-2xl border border-dashed border-stone-300 p-8 text-center text-stone-500">{t("pick")}</p>
      )}
    </div>
  );
}
