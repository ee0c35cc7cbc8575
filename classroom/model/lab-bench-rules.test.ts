import { describe, expect, it } from "vitest";
import { loadSettingsSchema, normalizeLoadSettings, userArchitecture, userStartOffsetMs } from "./load-settings-schema";
import { pickJourney } from "./pick-journey";
import { createLoadStats, loadSeries, recordObservation, summarizeLoad, WINDOW_MS } from "./load-stats";
import { FAULTS, FAULT_NAMES, parseFaultParams } from "../../core/faults/fault-catalog";
import { parseInput } from "../../core/errors/parse-input";
import { messageIn, type AppError } from "../../core/errors/app-error";

describe("load settings", () => {
  it.each([
    [{ target: "serverless", users: 0, seconds: 10 }, "users"],
    [{ target: "serverless", users: 10_000, seconds: 10 }, "users"],
    [{ target: "mainframe", users: 5, seconds: 10 }, "target"],
    [{ target: "both", users: 5, seconds: 4 }, "seconds"],
    [{ target: "both", users: 5, seconds: 301 }, "seconds"],
    [{ target: "both", users: 5, seconds: 10, rampUpSeconds: 10 }, "rampUpSeconds"],
    [{ target: "both", users: 5, seconds: 10, mix: { browse: 0, search: 0, view: 0, buy: 0 } }, "mix"],
  ])("refuses %j (problem in %s)", (input, field) => {
    const r = loadSettingsSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path[0]).toBe(field);
  });

  it("fills in the ramp-up (a fifth of the run) and the default mix", () => {
    expect(normalizeLoadSettings(loadSettingsSchema.parse({ target: "both", users: 20, seconds: 30, mix: { buy: 0 } }))).toEqual({
      target: "both",
      users: 20,
      seconds: 30,
      rampUpSeconds: 6,
      mix: { browse: 35, search: 30, view: 20, buy: 0 },
    });
  });

  it("spreads user starts evenly over the ramp-up and splits 'both' between the stores", () => {
    expect([0, 1, 2, 3, 4].map((i) => userStartOffsetMs(i, 5, 4))).toEqual([0, 1000, 2000, 3000, 4000]);
    expect(userStartOffsetMs(3, 5, 0)).toBe(0);
    expect([0, 1, 2, 3].map((i) => userArchitecture("both", i))).toEqual(["monolith", "serverless", "monolith", "serverless"]);
    expect(userArchitecture("serverless", 0)).toBe("serverless");
  });
});

describe("pickJourney", () => {
  it("chooses by weight", () => {
    const mix = { browse: 1, search: 1, view: 0, buy: 2 };
    expect(pickJourney(mix, 0)).toBe("browse");
    expect(pickJourney(mix, 0.24)).toBe("browse");
    expect(pickJourney(mix, 0.26)).toBe("search");
    expect(pickJourney(mix, 0.5)).toBe("buy");
    expect(pickJourney(mix, 1)).toBe("buy");
    const counts = { browse: 0, search: 0, view: 0, buy: 0 };
    for (let i = 0; i < 1000; i++) counts[pickJourney(mix, i / 1000)] += 1;
    expect(counts).toEqual({ browse: 250, search: 250, view: 0, buy: 500 });
  });
});

describe("load stats", () => {
  it("counts by status and side, p50/p95 over the rolling window only, rps over the last 5 s", () => {
    const t0 = 1_000_000;
    const stats = createLoadStats(t0);
    // An old slow answer that falls out of the window…
    recordObservation(stats, { at: t0 + 100, arch: "serverless", status: 200, ms: 5000 });
    // …then 10 s later, 100 answers of 1..100 ms in the last 5 s, 5 of them throttled.
    for (let i = 1; i <= 100; i++)
      recordObservation(stats, {
        at: t0 + WINDOW_MS + 1000 + i * 10,
        arch: "serverless",
        status: i <= 5 ? 429 : 200,
        ms: i,
        fn: i <= 5 ? { throttled: true } : undefined,
      });
    recordObservation(stats, { at: t0 + WINDOW_MS + 2000, arch: "monolith", status: 500, ms: 40 });
    const now = t0 + WINDOW_MS + 3000;
    const sls = summarizeLoad(stats, now, ["serverless"]);
    expect(sls).toMatchObject({ requests: 101, errors: 5, throttled: 5, byStatus: { "200": 96, "429": 5 }, p50Ms: 50, p95Ms: 95, rps: 20 });
    expect(summarizeLoad(stats, now)).toMatchObject({ requests: 102, errors: 6, byStatus: { "200": 96, "429": 5, "500": 1 } });
    const series = loadSeries(stats);
    expect(series.map((p) => p.second)).toEqual([...Array(13).keys()]); // no holes in the time axis
    expect(series[11]!.serverless).toMatchObject({ requests: 99, throttled: 5 }); // 11.01 s … 11.99 s
    expect(series[12]!.monolith.costPerMinute).toBeCloseTo(0.0168 / 60);
  });
});

describe("fault catalog", () => {
  it("describes every switch and validates its settings with defaults", () => {
    for (const name of FAULT_NAMES) expect(FAULTS[name].description.length).toBeGreaterThan(40);
    expect(parseFaultParams("concurrency-limit", undefined)).toEqual({ limit: 2 });
    expect(parseFaultParams("function-timeout", { slowMs: 2000 }, { timeoutMs: 500, slowMs: 1 })).toEqual({ timeoutMs: 500, slowMs: 2000 });
    expect(() => parseFaultParams("concurrency-limit", { limit: 0 })).toThrow("at least one");
    expect(() => parseFaultParams("database-latency", { ms: 5000 })).toThrow("at most 2000");
    expect(() => parseFaultParams("storage-outage", { x: 1 })).toThrow();
  });
});

describe("the load settings' refusals", () => {
  it("are worded in Chinese from the catalog, not by their code", () => {
    const bad: unknown[] = [
      { target: "mainframe", users: 5, seconds: 10 },
      { target: "both", users: 0, seconds: 10 },
      { target: "both", users: 10_000, seconds: 10 },
      { target: "both", users: 5, seconds: 1 },
      { target: "both", users: 5, seconds: 10, rampUpSeconds: 20 },
      { target: "both", users: 5, seconds: 10, mix: { browse: 0, search: 0, view: 0, buy: 0 } },
    ];
    for (const value of bad) {
      let error: AppError | undefined;
      try {
        parseInput(loadSettingsSchema, value);
      } catch (e) {
        error = e as AppError;
      }
      expect(error, JSON.stringify(value)).toBeDefined();
      expect(error!.text.id, error!.message).not.toMatch(/^code\./);
      expect(messageIn(error!, "zh-CN"), error!.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
