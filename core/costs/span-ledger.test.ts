import { describe, expect, it } from "vitest";
import { gbSeconds } from "../functions/billed-duration";
import { DEFAULT_PRICES } from "./default-prices";
import { monolithMonthlyCost } from "./monolith-monthly-cost";
import { PRICE_BOOK, BILLING_PROVIDERS } from "./price-book";
import { serverlessMonthlyCost } from "./serverless-monthly-cost";
import { formatUsd, LEDGER_ATTRIBUTES, priceTrace, type LedgerSpan } from "./span-ledger";

let n = 0;
function span(p: Partial<LedgerSpan> & Pick<LedgerSpan, "component" | "mode" | "startMs" | "durationMs">): LedgerSpan {
  n += 1;
  return { spanId: `s${n}`, name: `${p.component} ${n}`, attributes: {}, ...p };
}

// The shapes the lens records (see docs/architecture-lens-traces.md): the browser's request, Next's request span,
// the gateway's span, the function the runtime ran (with what it measured), and the database inside it.
function serverlessCall(fn: "search" | "purchase", at: number, measured: { billedMs: number; memoryMb: number; cpuMs: number }) {
  const browser = span({ component: "browser", mode: "serverless", startMs: at, durationMs: 60 });
  const next = span({ component: "gateway", mode: "serverless", startMs: at + 2, durationMs: 50, parentSpanId: browser.spanId });
  const gateway = span({ component: "gateway", mode: "serverless", startMs: at + 3, durationMs: 47, parentSpanId: next.spanId });
  const func = span({
    component: `${fn}-function`,
    mode: "serverless",
    startMs: at + 4,
    durationMs: measured.billedMs,
    parentSpanId: gateway.spanId,
    attributes: {
      [LEDGER_ATTRIBUTES.billedMs]: measured.billedMs,
      [LEDGER_ATTRIBUTES.memoryMb]: measured.memoryMb,
      [LEDGER_ATTRIBUTES.cpuMs]: measured.cpuMs,
    },
  });
  const db = span({ component: "database", mode: "serverless", startMs: at + 6, durationMs: 8, parentSpanId: func.spanId });
  return [browser, next, gateway, func, db];
}

function monolithCall(at: number) {
  const browser = span({ component: "browser", mode: "monolith", startMs: at, durationMs: 80 });
  // Next splits one request into sibling spans that overlap: 0–40 and 30–70 hold the server 70 ms, not 80.
  const a = span({ component: "web-server", mode: "monolith", startMs: at + 0, durationMs: 40, parentSpanId: browser.spanId });
  const b = span({ component: "web-server", mode: "monolith", startMs: at + 30, durationMs: 40, parentSpanId: browser.spanId });
  const db = span({ component: "database", mode: "monolith", startMs: at + 35, durationMs: 5, parentSpanId: b.spanId });
  return [browser, a, b, db];
}

const options = { defaultMemoryMb: 512 };
const search = { billedMs: 23, memoryMb: 1024, cpuMs: 9.5 };
const purchase = { billedMs: 41, memoryMb: 512, cpuMs: 14 };

describe("the cost ledger of one action", () => {
  it("prices a search and a purchase on the cost meter's Lambda prices to the meter's own total", () => {
    for (const m of [search, purchase]) {
      const ledger = priceTrace(serverlessCall("search", 1_000, m), "aws-x86", options);
      const lambda = ledger.lines.filter((l) => l.kind === "lambda-request" || l.kind === "lambda-compute");
      // One request and the measured GB-seconds: the meter's month of exactly this one invocation.
      const meter = serverlessMonthlyCost({ requests: 1, gbSecondsPerRequest: gbSeconds(m.billedMs, m.memoryMb) }, DEFAULT_PRICES, false);
      expect(lambda.reduce((s, l) => s + l.usd, 0)).toBeCloseTo(meter.total, 15);
      expect(lambda.find((l) => l.kind === "lambda-compute")?.quantity).toBeCloseTo(gbSeconds(m.billedMs, m.memoryMb), 12);
    }
    // Both actions together: the meter's two-invocation month.
    const both = priceTrace(
      [...serverlessCall("search", 1_000, search), ...serverlessCall("purchase", 5_000, purchase)],
      "aws-x86",
      options,
    );
    const lambda = both.lines.filter((l) => l.kind.startsWith("lambda-")).reduce((s, l) => s + l.usd, 0);
    const gbs = gbSeconds(search.billedMs, search.memoryMb) + gbSeconds(purchase.billedMs, purchase.memoryMb);
    expect(lambda).toBeCloseTo(serverlessMonthlyCost({ requests: 2, gbSecondsPerRequest: gbs / 2 }, DEFAULT_PRICES, false).total, 15);
  });

  it("follows the meter's edited prices", () => {
    const rates = { requestPricePerMillion: 2, gbSecondPrice: 0.001, instanceHourlyPrice: 1 };
    const ledger = priceTrace(serverlessCall("search", 0, search), "aws-x86", { ...options, rates });
    const meter = serverlessMonthlyCost(
      { requests: 1, gbSecondsPerRequest: gbSeconds(search.billedMs, search.memoryMb) },
      { ...DEFAULT_PRICES, ...rates },
      false,
    );
    expect(ledger.lines.filter((l) => l.kind.startsWith("lambda-")).reduce((s, l) => s + l.usd, 0)).toBeCloseTo(meter.total, 15);
  });

  it("charges the monolith its share of the always-on server, overlaps once, to the meter's hourly price", () => {
    for (const action of [monolithCall(0), [...monolithCall(0), ...monolithCall(10_000)]]) {
      const ledger = priceTrace(action, "vercel", options);
      const heldMs = ledger.lines.reduce((s, l) => s + l.quantity, 0);
      expect(ledger.lines.every((l) => l.kind === "server-share")).toBe(true);
      expect(heldMs).toBe(70 * (action.length / 4));
      expect(ledger.total).toBeCloseTo(monolithMonthlyCost(DEFAULT_PRICES, heldMs / 3_600_000), 15);
    }
  });

  it("adds up: the total is the sum of the line items, on every provider", () => {
    const trace = [...serverlessCall("purchase", 0, purchase), ...monolithCall(1_000)];
    for (const provider of BILLING_PROVIDERS) {
      const ledger = priceTrace(trace, provider, options);
      expect(ledger.lines.length).toBeGreaterThan(0);
      expect(ledger.total).toBe(ledger.lines.reduce((s, l) => s + l.usd, 0));
      expect(ledger.total).toBeGreaterThan(0);
      // Every span is accounted for once: a line item or a $0 reason.
      const seen = new Set([...ledger.lines.map((l) => l.spanId), ...ledger.free.map((f) => f.spanId)]);
      expect(seen.size).toBe(trace.length);
    }
  });

  it("bills Vercel the measured active CPU and the memory for the whole request", () => {
    const ledger = priceTrace(serverlessCall("search", 0, search), "vercel", options);
    const cpu = ledger.lines.find((l) => l.kind === "active-cpu")!;
    expect(cpu).toMatchObject({ quantity: 9.5, measured: true });
    expect(cpu.usd).toBeCloseTo((9.5 / 3_600_000) * PRICE_BOOK.vercel.activeCpuHour.usd, 18);
    const memory = ledger.lines.find((l) => l.kind === "provisioned-memory")!;
    expect(memory.quantity).toBeCloseTo((1024 / 1024) * (50 / 3_600_000), 15); // the entry's 50 ms at 1 GB
    expect(ledger.lines.filter((l) => l.kind === "invocation")).toHaveLength(1);
    // The gateway inside, the function and the database are inside that one invocation or not billed here.
    expect(ledger.free.map((f) => f.reason).sort()).toEqual(["browser", "database", "inside", "inside"]);
  });

  it("marks figures as assumed where the runtime measured nothing (a data API call)", () => {
    const browser = span({ component: "browser", mode: "serverless", startMs: 0, durationMs: 30 });
    const api = span({ component: "data-api", mode: "serverless", startMs: 1, durationMs: 20, parentSpanId: browser.spanId });
    const ledger = priceTrace([browser, api], "vercel", options);
    expect(ledger.lines.find((l) => l.kind === "active-cpu")).toMatchObject({ quantity: 20, measured: false });
    const aws = priceTrace([browser, api], "aws-arm", options);
    expect(aws.lines.map((l) => l.kind)).toEqual(["api-gateway", "lambda-request", "lambda-compute"]);
    expect(aws.lines[2]!.usd).toBeCloseTo((20 / 1000) * 0.5 * PRICE_BOOK.aws.lambdaGbSecondArm.usd, 18);
  });

  it("prices serverless blob operations and workflow steps", () => {
    const step = span({ component: "pipeline-step", mode: "serverless", startMs: 0, durationMs: 100 });
    const put = span({
      component: "storage",
      mode: "serverless",
      startMs: 10,
      durationMs: 5,
      parentSpanId: step.spanId,
      attributes: { "storage.operation": "put" },
    });
    const get = span({
      component: "storage",
      mode: "serverless",
      startMs: 20,
      durationMs: 5,
      parentSpanId: step.spanId,
      attributes: { "storage.operation": "get" },
    });
    const vercel = priceTrace([step, put, get], "vercel", options);
    expect(vercel.lines.find((l) => l.kind === "workflow-step")!.usd).toBeCloseTo(2.5 / 100_000, 15);
    expect(vercel.lines.find((l) => l.kind === "blob-write")!.usd).toBeCloseTo(5 / 1e6, 15);
    expect(vercel.lines.find((l) => l.kind === "blob-read")!.usd).toBeCloseTo(0.4 / 1e6, 15);
    const aws = priceTrace([step, put, get], "aws-x86", options);
    expect(aws.lines.find((l) => l.kind === "state-transition")!.usd).toBeCloseTo(0.025 / 1000, 15);
    expect(aws.lines.some((l) => l.kind === "api-gateway")).toBe(false); // the orchestrator calls a step, not API Gateway
    expect(priceTrace([step, put, get], "alibaba", options).free.filter((f) => f.reason === "not-priced")).toHaveLength(2);
  });

  it("prices Alibaba Function Compute in CU with its conversion factors", () => {
    const ledger = priceTrace(serverlessCall("search", 0, search), "alibaba", options);
    const cu = Object.fromEntries(ledger.lines.map((l) => [l.kind, l.quantity]));
    expect(cu["fc-invocation-cu"]).toBeCloseTo(75 / 10_000, 12);
    expect(cu["fc-memory-cu"]).toBeCloseTo(1 * 0.023 * 0.15, 12);
    expect(cu["fc-vcpu-cu"]).toBeCloseTo(0.5 * 0.023, 12);
    expect(ledger.total).toBeCloseTo((75 / 10_000 + 0.023 * 0.15 + 0.5 * 0.023) * 0.00002, 15);
  });
});

describe("formatUsd", () => {
  it("shows tiny amounts with two significant digits, never an exponent", () => {
    expect(formatUsd(0)).toBe("$0");
    expect(formatUsd(4e-7)).toBe("$0.00000040");
    expect(formatUsd(0.0000123)).toBe("$0.000012");
    expect(formatUsd(12.345)).toBe("$12.35");
  });
});
