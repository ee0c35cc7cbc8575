import { describe, expect, it } from "vitest";
import { functionMemoryMb } from "./function-memory";
import { percentile } from "../util/percentile";
import { summarizeInvocations, type InvocationFacts } from "./summarize-invocations";

const call = (over: Partial<InvocationFacts>): InvocationFacts => ({
  functionName: "search",
  instanceId: "search-1",
  cold: false,
  durationMs: 10,
  billedMs: 10,
  status: 200,
  ...over,
});

describe("percentile (nearest rank)", () => {
  it("picks a measured value", () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([40, 10, 30, 20], 50)).toBe(20);
    expect(percentile([40, 10, 30, 20], 95)).toBe(40);
    expect(
      percentile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(19);
    expect(() => percentile([1], 0)).toThrow(RangeError);
  });
});

describe("function memory", () => {
  it("has a configured size per function and a default", () => {
    expect(functionMemoryMb("search")).toBe(1024);
    expect(functionMemoryMb("purchase")).toBe(512);
    // Every pipeline step runs in the Workflow SDK's one step route, sized for the thumbnail step.
    expect(functionMemoryMb("pipeline:store")).toBe(1024);
    expect(functionMemoryMb("unknown")).toBe(512);
  });
});

describe("summarize invocations", () => {
  const invocations = [
    call({ cold: true, durationMs: 240.5, billedMs: 241 }),
    call({ durationMs: 12.2, billedMs: 13 }),
    call({ durationMs: 8, billedMs: 8 }),
    call({ instanceId: null, durationMs: 0.3, billedMs: 1, status: 429 }),
    call({ functionName: "purchase", instanceId: "purchase-1", cold: true, durationMs: 99, billedMs: 99, status: 201 }),
  ];
  const instances = [
    { functionName: "search", id: "search-1", busy: false, createdAt: 1_000, lastUsedAt: 5_000, invocations: 3 },
    { functionName: "purchase", id: "purchase-1", busy: false, createdAt: 0, lastUsedAt: 100, invocations: 1 },
  ];

  it("counts cold, warm and throttled calls, billed time and GB-seconds per function", () => {
    const [purchase, search] = summarizeInvocations(invocations, instances, {
      now: 6_000,
      idleTimeoutMs: 5_000,
      memoryMb: functionMemoryMb,
    });
    expect(search).toEqual({
      functionName: "search",
      memoryMb: 1024,
      invocations: 4,
      cold: 1,
      warm: 2,
      throttled: 1,
      errors: 0,
      p50Ms: 12.2,
      p95Ms: 240.5,
      billedMs: 262, // the throttled call ran no instance and is not billed
      gbSeconds: 0.262,
      instances: [
        { id: "search-1", state: "warm", createdAt: 1_000, idleSince: 5_000, expiresAt: 10_000, invocations: 3, coldStartMs: 240.5 },
      ],
    });
    // purchase-1 has been idle 5,900 ms ≥ 5,000 ms: reclaimed, so not listed; its bill stays.
    expect(purchase).toMatchObject({
      functionName: "purchase",
      memoryMb: 512,
      invocations: 1,
      cold: 1,
      billedMs: 99,
      gbSeconds: 0.0495,
      instances: [],
    });
  });

  it("lists configured functions that have not run yet", () => {
    expect(summarizeInvocations([], [], { now: 0, idleTimeoutMs: 1, memoryMb: () => 128, functionNames: ["search"] })).toEqual([
      {
        functionName: "search",
        memoryMb: 128,
        invocations: 0,
        cold: 0,
        warm: 0,
        throttled: 0,
        errors: 0,
        p50Ms: null,
        p95Ms: null,
        billedMs: 0,
        gbSeconds: 0,
        instances: [],
      },
    ]);
  });

  it("shows a busy instance as busy, with no idle clock", () => {
    const [s] = summarizeInvocations(
      [],
      [{ functionName: "search", id: "search-2", busy: true, createdAt: 0, lastUsedAt: 0, invocations: 1 }],
      { now: 99_999, idleTimeoutMs: 10, memoryMb: () => 1024 },
    );
    expect(s!.instances).toEqual([
      { id: "search-2", state: "busy", createdAt: 0, idleSince: null, expiresAt: null, invocations: 1, coldStartMs: null },
    ]);
  });
});
