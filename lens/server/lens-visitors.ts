// (Not server-only: proxy.ts imports it.) Which visitor a trace belongs to. proxy.ts runs inside the request's
// trace, so it notes "this trace is that visitor's"; the span processor files every server span of the trace
// under that visitor when it ends. Bounded: the oldest traces are forgotten first (long after the span store
// has let their spans go).
const MAX_TRACES = 20_000;

const holder = globalThis as unknown as { __lensTraceVisitors?: Map<string, string> };

function traces(): Map<string, string> {
  holder.__lensTraceVisitors ??= new Map();
  return holder.__lensTraceVisitors;
}

export function rememberTraceVisitor(traceId: string, visitor: string): void {
  const map = traces();
  if (map.has(traceId)) return;
  map.set(traceId, visitor);
  if (map.size > MAX_TRACES) map.delete(map.keys().next().value as string);
}

export function visitorOfTrace(traceId: string): string | undefined {
  return traces().get(traceId);
}
