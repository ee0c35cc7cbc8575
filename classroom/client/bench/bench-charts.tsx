"use client";
// Live charts of the run, monolith and serverless side by side in every chart: requests/s, p50/p95, errors by
// status, function instances, cold starts and throttles, cost per minute. recharts is imported only here, so it
// is loaded only with this page.
import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SeriesPoint } from "@/classroom/model/load-stats";

const MONO = "#4338ca";
const SLS = "#0f766e";

function Chart({ title, children, testId }: { title: string; children: React.ReactElement; testId: string }) {
  return (
    <figure className="card p-4" data-testid={testId}>
      <figcaption className="text-sm font-semibold text-stone-800">{title}</figcaption>
      <div className="mt-2 h-48">
        <ResponsiveContainer width="100%" height="100%">
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

const statusGroup = (byStatus: Record<string, number>, test: (s: number) => boolean) =>
  Object.entries(byStatus).reduce((sum, [k, v]) => (test(Number(k)) ? sum + v : sum), 0);

export function BenchCharts({ series }: { series: SeriesPoint[] }) {
  const t = useTranslations("bench.charts");
  const format = useFormatter();
  const data = series.map((p) => ({
    t: p.second,
    monoRps: p.monolith.requests,
    slsRps: p.serverless.requests,
    monoP50: p.monolith.p50Ms,
    monoP95: p.monolith.p95Ms,
    slsP50: p.serverless.p50Ms,
    slsP95: p.serverless.p95Ms,
    mono429: statusGroup(p.monolith.byStatus, (s) => s === 429),
    mono4xx: statusGroup(p.monolith.byStatus, (s) => s >= 400 && s < 500 && s !== 429),
    mono5xx: statusGroup(p.monolith.byStatus, (s) => s >= 500 || s === 0),
    sls429: statusGroup(p.serverless.byStatus, (s) => s === 429),
    sls4xx: statusGroup(p.serverless.byStatus, (s) => s >= 400 && s < 500 && s !== 429),
    sls5xx: statusGroup(p.serverless.byStatus, (s) => s >= 500 || s === 0),
    instances: p.instances,
    cold: p.serverless.coldStarts,
    throttled: p.serverless.throttled,
    monoCost: p.monolith.costPerMinute,
    slsCost: p.serverless.costPerMinute,
  }));
  const number = (v: unknown) => (typeof v === "number" ? format.number(v) : String(v ?? ""));
  const second = (s: unknown) => t("seconds", { value: Number(s) });
  const axis = <XAxis dataKey="t" tickFormatter={(s: number) => t("seconds", { value: s })} fontSize={11} />;
  const grid = <CartesianGrid strokeDasharray="3 3" stroke="#e7e5e4" />;
  return (
    <section aria-labelledby="charts-heading">
      <h2 id="charts-heading" className="text-lg font-bold">
        {t("heading")}
      </h2>
      <p className="text-sm text-stone-600">{t("intro")}</p>
      <div className="mt-3 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        <Chart title={t("rps")} testId="chart-rps">
          <LineChart data={data}>
            {grid}
            {axis}
            <YAxis fontSize={11} width={40} tickFormatter={number} />
            <Tooltip formatter={number} labelFormatter={second} />
            <Legend />
            <Line type="monotone" dataKey="monoRps" name={t("monolith")} stroke={MONO} dot={false} isAnimationActive={false} />
            <Line type="monotone" dataKey="slsRps" name={t("serverless")} stroke={SLS} dot={false} isAnimationActive={false} />
          </LineChart>
        </Chart>
        <Chart title={t("latency")} testId="chart-latency">
          <LineChart data={data}>
            {grid}
            {axis}
            <YAxis fontSize={11} width={48} tickFormatter={number} />
            <Tooltip formatter={number} labelFormatter={second} />
            <Legend />
            <Line
              type="monotone"
              dataKey="monoP50"
              name={t("monoP50")}
              stroke={MONO}
              strokeDasharray="4 3"
              dot={false}
              isAnimationActive={false}
            />
            <Line type="monotone" dataKey="monoP95" name={t("monoP95")} stroke={MONO} dot={false} isAnimationActive={false} />
            <Line
              type="monotone"
              dataKey="slsP50"
              name={t("slsP50")}
              stroke={SLS}
              strokeDasharray="4 3"
              dot={false}
              isAnimationActive={false}
            />
            <Line type="monotone" dataKey="slsP95" name={t("slsP95")} stroke={SLS} dot={false} isAnimationActive={false} />
          </LineChart>
        </Chart>
        <Chart title={t("errors")} testId="chart-errors">
          <BarChart data={data}>
            {grid}
            {axis}
            <YAxis fontSize={11} width={40} allowDecimals={false} tickFormatter={number} />
            <Tooltip formatter={number} labelFormatter={second} />
            <Legend />
            <Bar dataKey="mono429" name={t("mono429")} stackId="m" fill="#a5b4fc" isAnimationActive={false} />
            <Bar dataKey="mono4xx" name={t("mono4xx")} stackId="m" fill="#6366f1" isAnimationActive={false} />
            <Bar dataKey="mono5xx" name={t("mono5xx")} stackId="m" fill="#312e81" isAnimationActive={false} />
            <Bar dataKey="sls429" name={t("sls429")} stackId="s" fill="#5eead4" isAnimationActive={false} />
            <Bar dataKey="sls4xx" name={t("sls4xx")} stackId="s" fill="#14b8a6" isAnimationActive={false} />
            <Bar dataKey="sls5xx" name={t("sls5xx")} stackId="s" fill="#134e4a" isAnimationActive={false} />
          </BarChart>
        </Chart>
        <Chart title={t("instances")} testId="chart-instances">
          <LineChart data={data}>
            {grid}
            {axis}
            <YAxis fontSize={11} width={40} allowDecimals={false} tickFormatter={number} />
            <Tooltip formatter={number} labelFormatter={second} />
            <Legend />
            <Line
              type="stepAfter"
              dataKey="instances"
              name={t("liveInstances")}
              stroke={SLS}
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
          </LineChart>
        </Chart>
        <Chart title={t("coldThrottles")} testId="chart-cold-throttles">
          <BarChart data={data}>
            {grid}
            {axis}
            <YAxis fontSize={11} width={40} allowDecimals={false} tickFormatter={number} />
            <Tooltip formatter={number} labelFormatter={second} />
            <Legend />
            <Bar dataKey="cold" name={t("coldStarts")} fill="#0284c7" isAnimationActive={false} />
            <Bar dataKey="throttled" name={t("throttled")} fill="#dc2626" isAnimationActive={false} />
          </BarChart>
        </Chart>
        <Chart title={t("cost")} testId="chart-cost">
          <LineChart data={data}>
            {grid}
            {axis}
            <YAxis fontSize={11} width={64} tickFormatter={(v: number) => format.number(v, { maximumSignificantDigits: 2 })} />
            <Tooltip
              labelFormatter={second}
              formatter={(v) => format.number(Number(v), { style: "currency", currency: "USD", maximumSignificantDigits: 3 })}
            />
            <Legend />
            <Line type="stepAfter" dataKey="monoCost" name={t("monoCost")} stroke={MONO} dot={false} isAnimationActive={false} />
            <Line type="monotone" dataKey="slsCost" name={t("slsCost")} stroke={SLS} dot={false} isAnimationActive={false} />
          </LineChart>
        </Chart>
      </div>
    </section>
  );
}
