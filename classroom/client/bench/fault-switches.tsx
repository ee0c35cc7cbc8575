"use client";
// The failure switches: each with what to watch, its settings, on/off; "Reset all" turns every one off.
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { localizeBenchLine } from "@/core/i18n/bench-terms";
import { isLocale } from "@/core/i18n/locale";
import { isFaultName } from "@/core/faults/fault-catalog";
import type { FaultJson } from "./bench-types";

const PARAMS = ["limit", "ms", "timeoutMs", "slowMs", "seconds", "maxRuns"] as const;
const isParam = (k: string): k is (typeof PARAMS)[number] => (PARAMS as readonly string[]).includes(k);

export function FaultSwitches({
  faults,
  busy,
  onSwitch,
  onReset,
}: {
  faults: FaultJson[];
  busy: boolean;
  onSwitch: (name: string, enabled: boolean, params?: Record<string, number>) => void;
  onReset: () => void;
}) {
  const t = useTranslations("bench.switches");
  return (
    <section aria-labelledby="faults-heading" className="card p-5">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <h2 id="faults-heading" className="text-lg font-bold">
          {t("heading")}
        </h2>
        <button type="button" className="btn-secondary" onClick={onReset} disabled={busy}>
          {t("resetAll")}
        </button>
      </div>
      <ul className="mt-4 grid gap-4 md:grid-cols-2">
        {faults.map((f) => (
          <FaultCard key={f.name} fault={f} busy={busy} onSwitch={onSwitch} />
        ))}
      </ul>
    </section>
  );
}

function FaultCard({
  fault,
  busy,
  onSwitch,
}: {
  fault: FaultJson;
  busy: boolean;
  onSwitch: (name: string, enabled: boolean, params?: Record<string, number>) => void;
}) {
  const t = useTranslations("bench");
  const locale = useLocale();
  const [params, setParams] = useState<Record<string, number>>(fault.params);
  // The switch's words by its name, in the visitor's language; a switch this page does not know keeps the API's.
  const known = isFaultName(fault.name) ? fault.name : null;
  const title = known ? t(`faults.${known}.title`) : fault.title;
  const description = known ? t(`faults.${known}.description`) : fault.description;
  const id = `fault-${fault.name}`;
  return (
    <li
      className={`rounded-xl border p-4 ${fault.enabled ? "border-red-300 bg-red-50" : "border-stone-200 bg-white"}`}
      data-fault={fault.name}
    >
      <div className="flex items-start justify-between gap-3">
        <h3 id={`${id}-title`} className="font-semibold">
          {title}
        </h3>
        <label className="inline-flex items-center gap-2 text-sm font-medium">
          <input
            type="checkbox"
            role="switch"
            aria-labelledby={`${id}-title`}
            checked={fault.enabled}
            disabled={busy}
            onChange={(e) => onSwitch(fault.name, e.target.checked, params)}
            className="h-5 w-5 accent-red-600"
          />
          {fault.enabled ? t("switches.on") : t("switches.off")}
        </label>
      </div>
      <p className="mt-1 text-sm text-stone-700">
        {/* `name` in a description is a setting: shown as code. */}
        {description.split("`").map((part, i) =>
          i % 2 === 1 ? (
            <code key={i} className="rounded bg-stone-100 px-1 text-xs">
              {part}
            </code>
          ) : (
            part
          ),
        )}
      </p>
      <p className="mt-1 text-xs text-stone-500">
        {t("switches.appliesTo", {
          sides: fault.appliesTo.map((s) => (s === "monolith" || s === "serverless" ? t(`switches.side.${s}`) : s)).join(t("switches.and")),
        })}
      </p>
      {Object.keys(params).length > 0 ? (
        <div className="mt-2 flex flex-wrap gap-3">
          {Object.entries(params).map(([k, v]) => (
            <div key={k}>
              <label htmlFor={`${id}-${k}`} className="block text-xs text-stone-600">
                {isParam(k) ? t(`switches.params.${k}`) : k}
              </label>
              <input
                id={`${id}-${k}`}
                type="number"
                min={0}
                className="input mt-1 w-32"
                value={v}
                onChange={(e) => setParams({ ...params, [k]: Number(e.target.value) })}
                onBlur={() => fault.enabled && onSwitch(fault.name, true, params)}
              />
            </div>
          ))}
        </div>
      ) : null}
      {fault.loops && fault.loops.length > 0 ? (
        <ul className="mt-3 grid gap-1 text-sm" aria-label={t("switches.loops")} data-testid="recursive-loops">
          {fault.loops.map((l) => (
            <li key={l.imageId} className={l.tripped ? "font-medium text-red-800" : "text-stone-800"}>
              {t.rich("switches.photo", {
                id: l.imageId.slice(0, 8),
                summary: localizeBenchLine(l.summary, isLocale(locale) ? locale : "en"),
                code: (chunks) => <code className="text-xs">{chunks}</code>,
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}
