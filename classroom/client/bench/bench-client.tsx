"use client";
// The bench: the run form, progress, figures per architecture, live charts and the failure switches. Polls the
// instructor API once a second while a run is on (every few seconds otherwise).
import { useCallback, useEffect, useRef, useState } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { localizeBenchLine } from "@/core/i18n/bench-terms";
import { isLocale } from "@/core/i18n/locale";
import { BenchCharts } from "./bench-charts";
import { FaultSwitches } from "./fault-switches";
import { RunForm, type RunSettings } from "./run-form";
import type { ErrorJson, FaultJson, LoadStatusJson } from "./bench-types";

const JSON_HEADERS = { "content-type": "application/json" };

/** `status`: our sentence for an error answer without a message (the API's own are in the request's language). */
async function call<T>(path: string, status: (code: number) => string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { cache: "no-store", ...init });
  const body = (await res.json().catch(() => ({}))) as T & ErrorJson;
  if (!res.ok) throw new Error(body.error?.message ?? status(res.status));
  return body;
}

export function BenchClient() {
  const t = useTranslations("bench");
  const tc = useTranslations("classroom.errors");
  const locale = useLocale();
  // Kept in a ref: `refresh` must stay the same function, or the polling effect would restart on every render.
  const words = useRef(tc);
  useEffect(() => {
    words.current = tc;
  }, [tc]);
  const answered = useCallback((code: number) => words.current("status", { status: code }), []);
  const [status, setStatus] = useState<LoadStatusJson | null>(null);
  const [faults, setFaults] = useState<FaultJson[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const [s, f] = await Promise.all([
        call<LoadStatusJson>("/api/class/load", answered),
        call<FaultJson[]>("/api/class/faults", answered),
      ]);
      setStatus(s);
      setFaults(f);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, [answered]);

  const running = status?.running ?? false;
  useEffect(() => {
    const first = setTimeout(refresh, 0);
    const timer = setInterval(refresh, running ? 1000 : 4000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [refresh, running]);

  async function act(what: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await what();
      await refresh();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  }

  const start = (settings: RunSettings) =>
    act(() => call("/api/class/load", answered, { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(settings) }));
  const stop = () => act(() => call("/api/class/load", answered, { method: "DELETE", headers: JSON_HEADERS }));
  const switchFault = (name: string, enabled: boolean, params?: Record<string, number>) =>
    act(() =>
      call(`/api/class/faults/${encodeURIComponent(name)}`, answered, {
        method: "PUT",
        headers: JSON_HEADERS,
        body: JSON.stringify({ enabled, params }),
      }),
    );
  const resetFaults = () => act(() => call("/api/class/faults", answered, { method: "DELETE", headers: JSON_HEADERS }));

  return (
    <div className="mt-6 space-y-6">
      {error ? (
        <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
          {error}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-[22rem_1fr]">
        <RunForm running={running} busy={busy} onStart={start} onStop={stop} />
        <section aria-labelledby="run-heading" className="card min-w-0 p-5">
          <h2 id="run-heading" className="text-lg font-bold">
            {t("thisRun")}
          </h2>
          <Progress status={status} />
          {status?.runId ? <Figures status={status} /> : null}
          {status && status.recentErrors.length > 0 ? (
            <details className="mt-3 text-sm text-stone-600">
              <summary className="cursor-pointer">{t("recentFailures", { count: status.recentErrors.length })}</summary>
              <ul className="mt-1 list-disc pl-5">
                {status.recentErrors.map((e, i) => (
                  <li key={i}>{localizeBenchLine(e, isLocale(locale) ? locale : "en")}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
      </div>
      {status?.runId ? <BenchCharts series={status.series} /> : null}
      <FaultSwitches faults={faults} busy={busy} onSwitch={switchFault} onReset={resetFaults} />
    </div>
  );
}

function Progress({ status }: { status: LoadStatusJson | null }) {
  const t = useTranslations("bench");
  const format = useFormatter();
  if (!status) return <p className="mt-2 text-stone-600">{t("loading")}</p>;
  if (!status.runId)
    return (
      <p className="mt-2 text-stone-600" data-testid="bench-empty">
        {t("empty")}
      </p>
    );
  const elapsed = Math.min(Math.floor(status.elapsedSeconds), status.seconds);
  const both = status.target === "both" || status.target === null;
  const target = both ? "" : t(`target.${status.target as "monolith" | "serverless"}`);
  const values = { elapsed, seconds: status.seconds, active: status.activeUsers, users: status.users, target };
  return (
    <p role="status" className="mt-2 font-medium text-stone-800" data-testid="bench-progress">
      {status.running && status.preparing
        ? t("preparing", { users: status.users })
        : status.running
          ? t(both ? "runningBoth" : "runningOne", values)
          : t(both ? "finishedBoth" : "finishedOne", { ...values, requests: format.number(status.requests) })}
    </p>
  );
}

type Side = LoadStatusJson["byTarget"]["monolith"];

function Figures({ status }: { status: LoadStatusJson }) {
  const t = useTranslations("bench");
  const format = useFormatter();
  const n = (v: number) => format.number(v);
  const ms = (v: number | null) => (v === null ? "—" : t("ms", { value: format.number(Math.round(v)) }));
  // The first of each row is its stable key (the test hook); the label is in the visitor's language.
  const rows = [
    ["requests", (f: Side) => n(f.requests)],
    ["rps", (f: Side) => n(f.rps)],
    ["p50", (f: Side) => ms(f.p50Ms)],
    ["p95", (f: Side) => ms(f.p95Ms)],
    ["errors", (f: Side) => n(f.errors)],
    ["throttled", (f: Side) => n(f.throttled)],
    ["coldStarts", (f: Side) => n(f.coldStarts)],
    [
      "byStatus",
      (f: Side) =>
        Object.entries(f.byStatus)
          .map(([k, v]) => `${k}: ${n(v)}`)
          .join(", ") || "—",
    ],
  ] as const;
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left text-stone-500">
            <th scope="col" className="py-1 pr-3 font-medium">
              {t("figure")}
            </th>
            <th scope="col" className="whitespace-nowrap py-1 pr-3 font-semibold text-mono-600">
              {t("monolith")}
            </th>
            <th scope="col" className="whitespace-nowrap py-1 font-semibold text-sls-600">
              {t("serverless")}
            </th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {rows.map(([key, value]) => (
            <tr key={key} className="border-t border-stone-100">
              <th scope="row" className="py-1 pr-3 text-left font-medium text-stone-700">
                {t(`rows.${key}`)}
              </th>
              <td className="py-1 pr-3" data-testid={`monolith-${key}`}>
                {value(status.byTarget.monolith)}
              </td>
              <td className="py-1" data-testid={`serverless-${key}`}>
                {value(status.byTarget.serverless)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
