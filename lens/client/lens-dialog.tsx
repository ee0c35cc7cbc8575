"use client";
// The open Architecture lens (lens-panel.tsx loads this file only when a visitor opens it, so a store
// page carries none of the waterfall's code until then).
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { Store } from "../../core/architecture/mode";
import type { LensMode, LensSpan } from "../model/span";
import { groupTraces } from "../model/span-store";
import { summarizeTrace, type TraceSummary } from "../model/summarize-trace";
import { flushBrowserSpans, TAB_TRACES_EVENT, tabTraces } from "./browser-trace";
import { LensWaterfall } from "./lens-waterfall";

const ACTIONS_SHOWN = 8;
const REFRESH_MS = 2000; // only while open: late spans (a browser timing posted after load) fill in

type Action = { label: string; summary: TraceSummary };

export default function LensDialog({
  id,
  mode,
  store = mode,
  onClose,
}: {
  id: string;
  mode: LensMode;
  /** The store the visitor is in: the hybrid store says "Hybrid", not the architecture its pages render in. */
  store?: Store;
  onClose: () => void;
}) {
  const t = useTranslations("lensPanel");
  const th = useTranslations("header");
  const heading = useRef<HTMLHeadingElement>(null);
  const [actions, setActions] = useState<Action[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Architecture only by default: the framework's own spans fold into their component.
  const [detail, setDetail] = useState(false);

  useEffect(() => heading.current?.focus(), []);

  useEffect(() => {
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      clearTimeout(timer);
      try {
        await flushBrowserSpans();
        const mine = tabTraces().slice(-ACTIONS_SHOWN);
        let spans: LensSpan[] = [];
        if (mine.length > 0) {
          const res = await fetch(`/api/lens/spans?traceId=${mine.map((t) => t.traceId).join(",")}`, { cache: "no-store" });
          if (!res.ok) throw new Error(`status ${res.status}`);
          spans = ((await res.json()) as { spans: LensSpan[] }).spans;
        }
        const labels = new Map(mine.map((t) => [t.traceId, t.label]));
        const next = groupTraces(spans)
          .map((t) => ({ label: labels.get(t.traceId) ?? t.traceId, summary: summarizeTrace(t) }))
          .reverse();
        if (!cancelled) {
          setActions(next);
          setError(null);
        }
      } catch {
        if (!cancelled) setError("load-failed");
      }
      if (!cancelled) timer = setTimeout(load, REFRESH_MS);
    };
    void load();
    const onTrace = () => void load();
    window.addEventListener(TAB_TRACES_EVENT, onTrace);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      window.removeEventListener(TAB_TRACES_EVENT, onTrace);
    };
  }, []);

  const accent = store === "hybrid" ? "border-fuchsia-500" : mode === "monolith" ? "border-mono-500" : "border-sls-500";
  return (
    <section
      id={id}
      role="dialog"
      aria-modal="false"
      aria-label={t("title")}
      className={`fixed inset-x-0 bottom-0 z-40 max-h-[60vh] overflow-y-auto border-t-4 ${accent} bg-stone-50 shadow-2xl sm:inset-x-auto sm:right-4 sm:bottom-4 sm:w-[44rem] sm:rounded-2xl sm:border`}
    >
      <div className="sticky top-0 flex items-center justify-between gap-4 border-b border-stone-200 bg-stone-50/95 px-4 py-2">
        <h2 ref={heading} tabIndex={-1} className="text-base font-bold outline-none">
          {t("title")}{" "}
          <span className="text-sm font-normal text-stone-600">
            {t("yourLastActions", { mode: th(store) })}
          </span>
        </h2>
        <div className="flex items-center gap-1">
          <button
            type="button"
            aria-pressed={detail}
            onClick={() => setDetail((d) => !d)}
            className="min-h-11 rounded px-2 text-sm font-semibold text-brand-700 hover:bg-stone-200"
            data-testid="lens-framework-detail"
          >
            {t("frameworkDetail")}
          </button>
          <button type="button" onClick={onClose} className="min-h-11 min-w-11 rounded px-2 text-sm font-semibold text-stone-700 hover:bg-stone-200">
            {t("close")}
            <span className="sr-only">{t("closeWhat")}</span>
          </button>
        </div>
      </div>
      <div className="space-y-3 p-4" aria-live="polite" aria-busy={actions === null}>
        {error ? (
          <p role="alert" className="text-sm text-red-700">
            {t("loadFailed")}
          </p>
        ) : null}
        {actions === null ? <p className="text-sm text-stone-600">{t("loading")}</p> : null}
        {actions?.length === 0 ? <p className="text-sm text-stone-600">{t("empty")}</p> : null}
        {actions?.map((a) => (
          <LensWaterfall key={a.summary.traceId} summary={a.summary} label={a.label} detail={detail} />
        ))}
      </div>
    </section>
  );
}
