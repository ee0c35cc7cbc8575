"use client";
// The bench: the run form, progress, figures per architecture, live charts and the failure switches. Polls the
// instructor API once a second while a run is on (every few seconds otherwise).
import { useCallback, useEffect, useState } from "react";
import { BenchCharts } from "./bench-charts";
import { FaultSwitches } from "./fault-switches";
import { RunForm, type RunSettings } from "./run-form";
import type { ErrorJson, FaultJson, LoadStatusJson } from "./bench-types";

const JSON_HEADERS = { "content-type": "application/json" };

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { cache: "no-store", ...init });
  const body = (await res.json().catch(() => ({}))) as T & ErrorJson;
  if (!res.ok) throw new Error(body.error?.message ?? `The server answered ${res.status}.`);
  return body;
}

const ms = (v: number | null) => (v === null ? "—" : `${Math.round(v).toLocaleString("en-US")} ms`);

export function BenchClient() {
  const [status, setStatus] = useState<LoadStatusJson | null>(null);
  const [faults, setFaults] = useState<FaultJson[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const [s, f] = await Promise.all([call<LoadStatusJson>("/api/class/load"), call<FaultJson[]>("/api/class/faults")]);
      setStatus(s);
      setFaults(f);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

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
    act(() => call("/api/class/load", { method: "POST", headers: JSON_HEADERS, body: JSON.stringify(settings) }));
  const stop = () => act(() => call("/api/class/load", { method: "DELETE", headers: JSON_HEADERS }));
  const switchFault = (name: string, enabled: boolean, params?: Record<string, number>) =>
    act(() =>
      call(`/api/class/faults/${encodeURIComponent(name)}`, {
        method: "PUT",
        headers: JSON_HEADERS,
        body: JSON.stringify({ enabled, params }),
      }),
    );
  const resetFaults = () => act(() => call("/api/class/faults", { method: "DELETE", headers: JSON_HEADERS }));

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
            This run
          </h2>
          <Progress status={status} />
          {status?.runId ? <Figures status={status} /> : null}
          {status && status.recentErrors.length > 0 ? (
            <details className="mt-3 text-sm text-stone-600">
              <summary className="cursor-pointer">Recent failures ({status.recentErrors.length})</summary>
              <ul className="mt-1 list-disc pl-5">
                {status.recentErrors.map((e, i) => (
                  <li key={i}>{e}</li>
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
  if (!status) return <p className="mt-2 text-stone-600">Loading…</p>;
  if (!status.runId)
    return (
      <p className="mt-2 text-stone-600" data-testid="bench-empty">
        No run yet. Choose a store and a number of virtual users, then press Start: the figures and charts appear here as the traffic flows.
      </p>
    );
  const elapsed = Math.min(Math.floor(status.elapsedSeconds), status.seconds);
  return (
    <p role="status" className="mt-2 font-medium text-stone-800" data-testid="bench-progress">
      {status.running && status.preparing
        ? `Preparing ${status.users} generated customers and the catalog…`
        : status.running
          ? `Running ${elapsed} s of ${status.seconds} s — ${status.activeUsers} of ${status.users} virtual users active on ${status.target === "both" ? "both stores" : `the ${status.target} store`}.`
          : `Finished after ${elapsed} s: ${status.requests.toLocaleString("en-US")} requests to ${status.target === "both" ? "both stores" : `the ${status.target} store`}.`}
    </p>
  );
}

function Figures({ status }: { status: LoadStatusJson }) {
  const rows = [
    ["Requests", (f: LoadStatusJson["byTarget"]["monolith"]) => f.requests.toLocaleString("en-US")],
    ["Requests/s (last 5 s)", (f: LoadStatusJson["byTarget"]["monolith"]) => String(f.rps)],
    ["p50 (last 10 s)", (f: LoadStatusJson["byTarget"]["monolith"]) => ms(f.p50Ms)],
    ["p95 (last 10 s)", (f: LoadStatusJson["byTarget"]["monolith"]) => ms(f.p95Ms)],
    ["Errors", (f: LoadStatusJson["byTarget"]["monolith"]) => f.errors.toLocaleString("en-US")],
    ["Throttled (429)", (f: LoadStatusJson["byTarget"]["monolith"]) => f.throttled.toLocaleString("en-US")],
    ["Cold starts", (f: LoadStatusJson["byTarget"]["monolith"]) => f.coldStarts.toLocaleString("en-US")],
    [
      "By status",
      (f: LoadStatusJson["byTarget"]["monolith"]) =>
        Object.entries(f.byStatus)
          .map(([k, v]) => `${k}: ${v}`)
          .join(", ") || "—",
    ],
  ] as const;
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full text-sm">
        <thead>
          <tr className="text-left text-stone-500">
            <th scope="col" className="py-1 pr-3 font-medium">
              Figure
            </th>
            <th scope="col" className="py-1 pr-3 font-semibold text-mono-600">
              Monolith
            </th>
            <th scope="col" className="py-1 font-semibold text-sls-600">
              Serverless
            </th>
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {rows.map(([label, value]) => (
            <tr key={label} className="border-t border-stone-100">
              <th scope="row" className="py-1 pr-3 text-left font-medium text-stone-700">
                {label}
              </th>
              <td className="py-1 pr-3" data-testid={`monolith-${label}`}>
                {value(status.byTarget.monolith)}
              </td>
              <td className="py-1" data-testid={`serverless-${label}`}>
                {value(status.byTarget.serverless)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
