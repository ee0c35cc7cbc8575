"use client";
// The cost meter's chart (monthly cost against monthly requests, where the lines cross), in its own file so the
// chart library loads only when the chart is shown (cost-meter.tsx imports it with next/dynamic).
import { CartesianGrid, Legend, Line, LineChart, ReferenceDot, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useLocale, useTranslations } from "next-intl";
import { count, money } from "./cost-format";

type Props = {
  data: { requests: number; serverless: number; monolith: number }[];
  breakEven: number | null;
  monolith: number;
  monthlyRate: number;
};

export default function BreakEvenChart({ data, breakEven, monolith, monthlyRate }: Props) {
  const t = useTranslations("lens.cost");
  const locale = useLocale();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 16, right: 24, bottom: 24, left: 8 }}>
        <CartesianGrid stroke="#e7e5e4" strokeDasharray="3 3" />
        <XAxis
          dataKey="requests"
          type="number"
          domain={[0, "dataMax"]}
          tickFormatter={count}
          label={{ value: t("axisRequests"), position: "insideBottom", offset: -12, fill: "#57534e", fontSize: 12 }}
          tick={{ fontSize: 12 }}
        />
        <YAxis tickFormatter={(v: number) => `$${v}`} tick={{ fontSize: 12 }} width={56} />
        <Tooltip
          formatter={(v) => money(Number(v))}
          labelFormatter={(l) => t("tooltipRequests", { requests: Math.round(Number(l)).toLocaleString(locale) })}
        />
        <Legend verticalAlign="top" height={28} />
        <Line
          type="linear"
          dataKey="serverless"
          name={t("lineServerless")}
          stroke="#0d9488"
          strokeWidth={2.5}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          type="linear"
          dataKey="monolith"
          name={t("lineMonolith")}
          stroke="#4f46e5"
          strokeWidth={2.5}
          dot={false}
          isAnimationActive={false}
        />
        {breakEven !== null ? (
          <ReferenceLine
            x={breakEven}
            stroke="#ea580c"
            strokeDasharray="4 4"
            label={{ value: t("breakEven", { requests: count(breakEven) }), position: "insideTopLeft", fill: "#c2410c", fontSize: 12 }}
          />
        ) : null}
        {breakEven !== null ? <ReferenceDot x={breakEven} y={monolith} r={6} fill="#ea580c" stroke="#fff" /> : null}
        {monthlyRate > 0 ? (
          <ReferenceLine
            x={monthlyRate}
            stroke="#78716c"
            strokeDasharray="2 3"
            label={
              monthlyRate > (data.at(-1)?.requests ?? 0) * 0.1
                ? { value: t("yourTraffic"), position: "insideTopRight", fill: "#57534e", fontSize: 12 }
                : undefined
            }
          />
        ) : null}
      </LineChart>
    </ResponsiveContainer>
  );
}
