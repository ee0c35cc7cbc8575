// The cost ledger of one action: every span of its trace priced as a line item on a chosen provider, from the
// price book (price-book.ts). Pure: the lens hands it the spans it already has.
//
// How a trace is billed:
// - A server span whose parent is the browser (or unknown) is one request arriving: the *entry*.
//   - Monolith (and the hybrid's facade): its share of one always-on server for the time it held it. Entries that
//     overlap (Next splits one request into sibling spans) are charged once for the overlap.
//   - Serverless: one function invocation, priced the provider's way (Vercel Fluid: invocation + active CPU +
//     provisioned memory; AWS: API Gateway + Lambda request + GB-seconds; Alibaba FC: CU). When the function
//     runtime ran inside it, its measured figures are used (billed ms, memory, active CPU from process.cpuUsage);
//     otherwise the entry's wall time and the default memory, marked as assumed.
//   - A workflow step's entry also pays the orchestrator (Vercel Workflow step / Step Functions transition).
// - Blob reads and writes in the serverless store are operations on the object store (Vercel Blob / S3).
// - Everything else is inside a billed span (its time is already paid for), the shared database (the same file for
//   both stores, so not part of the difference), or the visitor's browser: listed as $0 with the reason.
import { billedDurationMs } from "../functions/billed-duration";
import { faasCharge, serverHoursCharge } from "./charges";
import { PRICE_BOOK, type BillingProvider } from "./price-book";

/** Span attributes the function runtime sets on a function's span: what it measured. */
export const LEDGER_ATTRIBUTES = { billedMs: "faas.billed_ms", memoryMb: "faas.memory_mb", cpuMs: "faas.cpu_ms" } as const;

/** The part of a lens span the ledger reads (structurally a LensSpan). */
export type LedgerSpan = {
  spanId: string;
  parentSpanId?: string;
  name: string;
  component: string;
  mode: string;
  startMs: number;
  durationMs: number;
  attributes: Record<string, string | number | boolean>;
};

export type LineKind =
  | "server-share"
  | "invocation"
  | "active-cpu"
  | "provisioned-memory"
  | "api-gateway"
  | "lambda-request"
  | "lambda-compute"
  | "fc-invocation-cu"
  | "fc-vcpu-cu"
  | "fc-memory-cu"
  | "workflow-step"
  | "state-transition"
  | "blob-read"
  | "blob-write";

/** Units a quantity is counted in (the page words each one). */
export type LineUnit = "ms" | "requests" | "gb-s" | "gb-h" | "cpu-ms" | "cu" | "operations" | "steps";

export type LineItem = {
  spanId: string;
  spanName: string;
  component: string;
  kind: LineKind;
  quantity: number;
  unit: LineUnit;
  usd: number;
  /** False where a figure was assumed (no measurement for this span): the page says so. */
  measured: boolean;
};

export type FreeReason = "inside" | "database" | "browser" | "not-priced";
export type FreeSpan = { spanId: string; spanName: string; component: string; reason: FreeReason };

export type Ledger = { provider: BillingProvider; lines: LineItem[]; free: FreeSpan[]; total: number };

export type LedgerOptions = {
  /** Memory of a function the runtime did not report (core/functions/function-specs' default). */
  defaultMemoryMb: number;
  /** The cost meter's edited prices (requests, GB-seconds, server hour), when the ledger must match them. */
  rates?: { requestPricePerMillion: number; gbSecondPrice: number; instanceHourlyPrice: number };
};

const MS_PER_HOUR = 3_600_000;
const HTTP_COMPONENTS = new Set(["gateway", "data-api", "auth", "web-server", "routing-facade"]);

/** Alibaba FC 3.0 sells vCPU and memory in set ratios; this assumes its common 1 vCPU : 2 GB shape. */
export const ALIBABA_VCPU_PER_GB = 0.5;

function num(span: LedgerSpan | undefined, key: string): number | undefined {
  const v = span?.attributes[key];
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

export function priceTrace(spans: LedgerSpan[], provider: BillingProvider, options: LedgerOptions): Ledger {
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  const children = new Map<string, LedgerSpan[]>();
  for (const s of spans) {
    if (s.parentSpanId === undefined || !byId.has(s.parentSpanId)) continue;
    const list = children.get(s.parentSpanId) ?? [];
    list.push(s);
    children.set(s.parentSpanId, list);
  }
  const parentOf = (s: LedgerSpan) => (s.parentSpanId !== undefined ? byId.get(s.parentSpanId) : undefined);
  const isEntry = (s: LedgerSpan) => s.component !== "browser" && (parentOf(s)?.component ?? "browser") === "browser";
  /** The function the runtime ran inside an entry, if any (it carries the measured figures). */
  const functionIn = (entry: LedgerSpan): LedgerSpan | undefined => {
    const stack = [...(children.get(entry.spanId) ?? [])];
    while (stack.length > 0) {
      const s = stack.shift()!;
      if (num(s, LEDGER_ATTRIBUTES.billedMs) !== undefined) return s;
      stack.push(...(children.get(s.spanId) ?? []));
    }
    return num(entry, LEDGER_ATTRIBUTES.billedMs) !== undefined ? entry : undefined;
  };

  const lines: LineItem[] = [];
  const free: FreeSpan[] = [];
  const line = (s: LedgerSpan, kind: LineKind, quantity: number, unit: LineUnit, usd: number, measured = true) =>
    lines.push({ spanId: s.spanId, spanName: s.name, component: s.component, kind, quantity, unit, usd, measured });
  const freeOf = (s: LedgerSpan, reason: FreeReason) => free.push({ spanId: s.spanId, spanName: s.name, component: s.component, reason });

  const serverHour = options.rates?.instanceHourlyPrice ?? PRICE_BOOK.aws.ec2T4gSmallHour.usd;
  let monolithCoveredUntil = -Infinity;
  const sorted = [...spans].sort((a, b) => a.startMs - b.startMs);
  for (const s of sorted) {
    if (s.component === "browser") {
      freeOf(s, "browser");
      continue;
    }
    if (s.component === "database") {
      freeOf(s, "database");
      continue;
    }
    if (s.component === "storage") {
      const op = s.attributes["storage.operation"];
      if (s.mode !== "serverless" || (op !== "get" && op !== "put")) freeOf(s, s.mode === "serverless" ? "not-priced" : "inside");
      else if (provider === "alibaba")
        freeOf(s, "not-priced"); // no OSS price in the book
      else if (op === "get")
        line(
          s,
          "blob-read",
          1,
          "operations",
          provider === "vercel" ? PRICE_BOOK.vercel.blobSimpleOpsPerMillion.usd / 1e6 : PRICE_BOOK.aws.s3GetPerThousand.usd / 1e3,
        );
      else
        line(
          s,
          "blob-write",
          1,
          "operations",
          provider === "vercel" ? PRICE_BOOK.vercel.blobAdvancedOpsPerMillion.usd / 1e6 : PRICE_BOOK.aws.s3PutPerThousand.usd / 1e3,
        );
      continue;
    }
    if (!isEntry(s)) {
      freeOf(s, "inside");
      continue;
    }
    if (s.mode !== "serverless") {
      // The monolith holds an always-on server; this request's share is the time it held it (not twice for overlaps).
      const from = Math.max(s.startMs, monolithCoveredUntil);
      const end = s.startMs + s.durationMs;
      const heldMs = Math.max(0, end - from);
      monolithCoveredUntil = Math.max(monolithCoveredUntil, end);
      line(s, "server-share", heldMs, "ms", serverHoursCharge(heldMs / MS_PER_HOUR, serverHour));
      continue;
    }
    priceInvocation(s, functionIn(s));
  }
  const total = lines.reduce((sum, l) => sum + l.usd, 0);
  return { provider, lines, free, total };

  function priceInvocation(entry: LedgerSpan, fn: LedgerSpan | undefined) {
    const memoryMb = num(fn, LEDGER_ATTRIBUTES.memoryMb) ?? options.defaultMemoryMb;
    const billedMs = num(fn, LEDGER_ATTRIBUTES.billedMs) ?? billedDurationMs(entry.durationMs);
    const cpuMs = num(fn, LEDGER_ATTRIBUTES.cpuMs);
    const measured = fn !== undefined;
    const isStep = entry.component === "pipeline-step";
    if (provider === "vercel") {
      const v = PRICE_BOOK.vercel;
      line(entry, "invocation", 1, "requests", v.invocationsPerMillion.usd / 1e6);
      // Active CPU: measured around the handler where the runtime ran it; else the wall time, an upper bound.
      const cpu = cpuMs ?? entry.durationMs;
      line(entry, "active-cpu", cpu, "cpu-ms", (cpu / MS_PER_HOUR) * v.activeCpuHour.usd, cpuMs !== undefined);
      // Provisioned memory is paid for the whole time the request holds the instance.
      const gbHours = (memoryMb / 1024) * (entry.durationMs / MS_PER_HOUR);
      line(entry, "provisioned-memory", gbHours, "gb-h", gbHours * v.provisionedMemoryGbHour.usd, measured);
      if (isStep) line(entry, "workflow-step", 1, "steps", v.workflowStepsPer100k.usd / 1e5);
    } else if (provider === "aws-x86" || provider === "aws-arm") {
      const a = PRICE_BOOK.aws;
      if (HTTP_COMPONENTS.has(entry.component)) line(entry, "api-gateway", 1, "requests", a.apiGatewayHttpPerMillion.usd / 1e6);
      const gbSeconds = (billedMs / 1000) * (memoryMb / 1024);
      const rates =
        provider === "aws-x86"
          ? {
              requestPricePerMillion: options.rates?.requestPricePerMillion ?? a.lambdaRequestsPerMillion.usd,
              gbSecondPrice: options.rates?.gbSecondPrice ?? a.lambdaGbSecondX86.usd,
            }
          : { requestPricePerMillion: a.lambdaRequestsPerMillion.usd, gbSecondPrice: a.lambdaGbSecondArm.usd };
      const charge = faasCharge(1, gbSeconds, rates);
      line(entry, "lambda-request", 1, "requests", charge.requestCost);
      line(entry, "lambda-compute", gbSeconds, "gb-s", charge.computeCost, measured);
      if (isStep) line(entry, "state-transition", 1, "steps", a.stepFunctionsPerThousandTransitions.usd / 1e3);
    } else {
      const f = PRICE_BOOK.alibaba;
      const seconds = billedMs / 1000;
      const gb = memoryMb / 1024;
      const cu = {
        invocation: f.cuPer10kInvocations.usd / 1e4,
        vcpu: gb * ALIBABA_VCPU_PER_GB * seconds * f.cuPerVcpuSecond.usd,
        memory: gb * seconds * f.cuPerGbSecond.usd,
      };
      line(entry, "fc-invocation-cu", cu.invocation, "cu", cu.invocation * f.cuPrice.usd);
      line(entry, "fc-vcpu-cu", cu.vcpu, "cu", cu.vcpu * f.cuPrice.usd, measured);
      line(entry, "fc-memory-cu", cu.memory, "cu", cu.memory * f.cuPrice.usd, measured);
    }
  }
}

/** Dollars as a person reads a tiny bill: two significant digits, never in exponent form ("$0.00000040"). */
export function formatUsd(usd: number): string {
  if (usd === 0) return "$0";
  if (Math.abs(usd) >= 0.01) return `$${usd.toFixed(2)}`;
  const decimals = Math.min(14, -Math.floor(Math.log10(Math.abs(usd))) + 1);
  return `$${usd.toFixed(decimals)}`;
}
