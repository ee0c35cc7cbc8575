// Turns spans and function invocations into per-node events for the live diagram. An invocation lights its
// function (and, for HTTP functions, the gateway in front of it) even when no span was recorded for it.
import type { InvocationJson, LensEvent, LensSpan } from "./lens-feed-types";

export function eventsFromSpans(spans: LensSpan[]): LensEvent[] {
  return spans.map((s) => ({
    key: `s:${s.traceId}:${s.spanId}`,
    node: `${s.mode}:${s.component}`,
    at: s.startMs + s.durationMs,
    name: s.name,
    durationMs: s.durationMs,
    ok: s.status === "ok",
    detail:
      typeof s.attributes["http.status_code"] !== "undefined"
        ? { kind: "http" as const, status: s.attributes["http.status_code"] as number | string }
        : { kind: "trace" as const, traceId: s.traceId.slice(0, 8) },
  }));
}

export function eventsFromInvocations(invocations: InvocationJson[]): LensEvent[] {
  return invocations.flatMap((i) => {
    const fn = i.functionName.startsWith("pipeline:")
      ? "pipeline-step"
      : i.functionName === "search"
        ? "search-function"
        : i.functionName === "purchase"
          ? "purchase-function"
          : null;
    if (!fn) return [];
    const base = { at: i.startedAt + i.durationMs, durationMs: i.durationMs, ok: i.status < 500 };
    const own: LensEvent = {
      ...base,
      key: `i:${i.traceId}:${i.startedAt}:${i.functionName}`,
      node: `serverless:${fn}`,
      name: i.functionName,
      detail: { kind: "invocation", instanceId: i.instanceId, cold: i.cold, status: i.status, billedMs: i.billedMs },
    };
    if (fn === "pipeline-step") return [own];
    return [
      own,
      {
        ...own,
        key: `${own.key}:gw`,
        node: "serverless:gateway" as const,
        name: `→ λ ${i.functionName}`,
        detail: { kind: "routed", instanceId: i.instanceId },
      },
    ];
  });
}
