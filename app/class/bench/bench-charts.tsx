"use client";
// Live charts of the run, monolith and serverless side by side in every chart: requests/s, p50/p95, errors by
// status, function instances, cold starts and throttles, cost per minute. recharts is imported only here, so it
// is loaded only with this page.
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { SeriesPoint } from "@/core/lab-bench/load-stats";

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
  const axis = <XAxis dataKey="t" tickFormatter={(t: number) => `${t}s`} fontSize={11} />;
  const grid = <CartesianGrid strokeDasharray="3 3" stroke="#e7e5e4" />;
  return (
    <section aria-labelledby="charts-heading">
      <h2 id="charts-heading" className="text-lg font-bold">
        Live charts
      </h2>
      <p className="text-sm text-stone-600">One point per second of the run (the last minute). Monolith in indigo, serverless in teal.</p>
      <div className="mt-3 grid gap-4 md:grid-cols-2 xl:grid-cols-3">
        <Chart title="Requests per second" testId="chart-rps">
          <LineChart data={data}>
            {grid}
            {axis}
            <YAxis fontSize={11} width={40} />
            <Tooltip />
            <Legend />
            <Line type="monotone" dataKey="monoRps" name="Monolith" stroke={MONO} dot={false} isAnimationActive={false} />
            <Line type="monotone" dataKey="slsRps" name="Serverless" stroke={SLS} dot={false} isAnimationActive={false} />
          </LineChart>
        </Chart>
        <Chart title="Latency p50 / p95 (ms)" testId="chart-latency">
          <LineChart data={data}>
            {grid}
            {axis}
            <YAxis fontSize={11} width={48} />
            <Tooltip />
            <Legend />
            <Line
              type="monotone"
              dataKey="monoP50"
              name="Monolith p50"
              stroke={MONO}
              strokeDasharray="4 3"
              dot={false}
              isAnimationActive={false}
            />
            <Line type="monotone" dataKey="monoP95" name="Monolith p95" stroke={MONO} dot={false} isAnimationActive={false} />
            <Line
              type="monotone"
              dataKey="slsP50"
              name="Serverless p50"
              stroke={SLS}
              strokeDasharray="4 3"
              dot={false}
              isAnimationActive={false}
            />
            <Line type="monotone" dataKey="slsP95" name="Serverless p95" stroke={SLS} dot={false} isAnimationActive={false} />
          </LineChart>
        </Chart>
        <Chart title="Errors by status" testId="chart-errors">
          <BarChart data={data}>
            {grid}
            {axis}
            <YAxis fontSize={11} width={40} allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="mono429" name="Monolith 429" stackId="m" fill="#a5b4fc" isAnimationActive={false} />
            <Bar dataKey="mono4xx" name="Monolith other 4xx" stackId="m" fill="#6366f1" isAnimationActive={false} />
            <Bar dataKey="mono5xx" name="Monolith 5xx / none" stackId="m" fill="#312e81" isAnimationActive={false} />
            <Bar dataKey="sls429" name="Serverless 429" stackId="s" fill="#5eead4" isAnimationActive={false} />
            <Bar dataKey="sls4xx" name="Serverless other 4xx" stackId="s" fill="#14b8a6" isAnimationActive={false} />
            <Bar dataKey="sls5xx" name="Serverless 5xx / none" stackId="s" fill="#134e4a" isAnimationActive={false} />
          </BarChart>
        </Chart>
        <Chart title="Function instances (serverless; the monolith is one process)" testId="chart-instances">
          <LineChart data={data}>
            {grid}
            {axis}
            <YAxis fontSize={11} width={40} allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Line
              type="stepAfter"
              dataKey="instances"
              name="Live instances"
              stroke={SLS}
              dot={false}
              isAnimationActive={false}
              connectNulls
            />
          </LineChart>
        </Chart>
        <Chart title="Cold starts and throttles per second (serverless)" testId="chart-cold-throttles">
          <BarChart data={data}>
            {grid}
            {axis}
            <YAxis fontSize={11} width={40} allowDecimals={false} />
            <Tooltip />
            <Legend />
            <Bar dataKey="cold" name="Cold starts" fill="#0284c7" isAnimationActive={false} />
            <Bar dataKey="throttled" name="Throttled (429)" fill="#dc2626" isAnimationActive={false} />
          </BarChart>
        </Chart>
        <Chart title="Cost per minute at this rate (US$)" testId="chart-cost">
          <LineChart data={data}>
            {grid}
            {axis}
            <YAxis fontSize={11} width={64} tickFormatter={(v: number) => v.toPrecision(2)} />
            <Tooltip formatter={(v) => `$${Number(v).toPrecision(3)}`} />
            <Legend />
            <Line type="stepAfter" dataKey="monoCost" name="Monolith (always on)" stroke={MONO} dot={false} isAnimationActive={false} />
            <Line
              type="monotone"
              dataKey="slsCost"
              name="Serverless (per request + GB-s)"
              stroke={SLS}
              dot={false}
              isAnimationActive={false}
            />
          </LineChart>
        </Chart>
      </div>
    </section>
  );
}
