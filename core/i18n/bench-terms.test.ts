import { describe, expect, it } from "vitest";
import { describeLoop } from "../costs/recursive-loop-bill";
import { localizeBenchLine } from "./bench-terms";

describe("localizeBenchLine", () => {
  it("puts the breaker's loop summary into Chinese with the same figures", () => {
    const usage = { runs: 10, invocations: 40, gbSeconds: 1.5, elapsedMs: 4000 };
    for (const tripped of [true, false]) {
      const english = describeLoop(usage, tripped, 10);
      const zh = localizeBenchLine(english, "zh-CN");
      expect(zh).not.toMatch(/runs|breaker|invocations|per hour/);
      expect(zh).toMatch(tripped ? /^熔断器在 10 次运行后跳闸/ : /^循环运行中/);
      for (const figure of english.match(/\$[\d.e-]+|\d+(?:\.\d+)?/g)!) expect(zh).toContain(figure);
      expect(localizeBenchLine(english, "en")).toBe(english);
    }
  });

  it("words a request that got no answer, and leaves a plain status line as data", () => {
    expect(localizeBenchLine("GET /serverless/search: no answer (AbortError)", "zh-CN")).toBe(
      "GET /serverless/search：无响应（AbortError）",
    );
    expect(localizeBenchLine("POST /api/functions/purchase → 503", "zh-CN")).toBe("POST /api/functions/purchase → 503");
  });
});
