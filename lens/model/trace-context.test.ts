import { describe, expect, it } from "vitest";
import { newTraceId, traceIdFromTraceparent } from "./trace-context";

describe("trace context", () => {
  it("takes the trace id from a valid traceparent", () => {
    expect(traceIdFromTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
  });

  it("rejects malformed, all-zero and version-ff headers", () => {
    expect(traceIdFromTraceparent(null)).toBeNull();
    expect(traceIdFromTraceparent("garbage")).toBeNull();
    expect(traceIdFromTraceparent("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).toBeNull();
    expect(traceIdFromTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01")).toBeNull();
    expect(traceIdFromTraceparent("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).toBeNull();
  });

  it("makes 32-hex ids from random bytes", () => {
    expect(newTraceId(() => new Uint8Array(16).fill(0xab))).toBe("ab".repeat(16));
    expect(newTraceId()).toMatch(/^[0-9a-f]{32}$/);
  });
});
