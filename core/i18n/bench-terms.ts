// The lab bench's run-time lines in the visitor's language: the load generator's "recent failures" and the
// recursive-trigger breaker's loop summaries are written in English where they happen (they are also log lines
// and API fields); the bench page shows them in Chinese through these patterns. Values (paths, statuses, sums)
// stay as they are. A line no pattern knows stays as written: it is data, like a path.
import type { Locale } from "./locale";

const PATTERNS: [RegExp, (...v: string[]) => string][] = [
  // store-client.ts: "GET /serverless/search: no answer (AbortError)"
  [/^(\w+ \S+): no answer \((.+)\)$/, (call, why) => `${call}：无响应（${why}）`],
  // recursive-loop-bill.ts describeLoop
  [
    /^breaker tripped after (\d+) runs · (\d+) runs so far \((\d+) invocations, ([\d.]+) GB-s\) ≈ (\S+); without the breaker at this rate ≈ (\S+) per hour$/,
    (max, runs, inv, gbs, cost, hourly) =>
      `熔断器在 ${max} 次运行后跳闸 · 目前共 ${runs} 次运行（${inv} 次调用，${gbs} GB-秒）≈ ${cost}；若没有熔断器，按这个速率每小时 ≈ ${hourly}`,
  ],
  [
    /^loop running \(breaker at (\d+) runs\) · (\d+) runs so far \((\d+) invocations, ([\d.]+) GB-s\) ≈ (\S+); without the breaker at this rate ≈ (\S+) per hour$/,
    (max, runs, inv, gbs, cost, hourly) =>
      `循环运行中（熔断器在 ${max} 次运行时跳闸）· 目前共 ${runs} 次运行（${inv} 次调用，${gbs} GB-秒）≈ ${cost}；若没有熔断器，按这个速率每小时 ≈ ${hourly}`,
  ],
];

export function localizeBenchLine(line: string, locale: Locale): string {
  if (locale !== "zh-CN") return line;
  for (const [pattern, render] of PATTERNS) {
    const m = pattern.exec(line);
    if (m) return render(...m.slice(1));
  }
  return line;
}
