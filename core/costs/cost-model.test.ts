import { describe, expect, it } from "vitest";
import { breakEvenRequests } from "./break-even-requests";
import { HOURS_PER_MONTH } from "./cost-prices";
import { DEFAULT_PRICES } from "./default-prices";
import { monolithMonthlyCost } from "./monolith-monthly-cost";
import { serverlessMonthlyCost } from "./serverless-monthly-cost";

// 100 ms billed at 1024 MB = 0.1 GB-s per request.
const traffic = { requests: 1_000_000, gbSecondsPerRequest: 0.1 };

describe("serverless monthly cost", () => {
  it("charges per million requests plus per GB-second, without the free tier", () => {
    const c = serverlessMonthlyCost(traffic, DEFAULT_PRICES, false);
    expect(c.billableRequests).toBe(1_000_000);
    expect(c.billableGbSeconds).toBe(100_000);
    expect(c.requestCost).toBe(0.2);
    expect(c.computeCost).toBeCloseTo(1.66667, 10);
    expect(c.total).toBeCloseTo(1.86667, 10);
  });

  it("subtracts the monthly free allowance when the free tier is on", () => {
    expect(serverlessMonthlyCost(traffic, DEFAULT_PRICES, true)).toEqual({
      requestCost: 0,
      computeCost: 0,
      total: 0,
      billableRequests: 0,
      billableGbSeconds: 0,
    });
    const c = serverlessMonthlyCost({ requests: 5_000_000, gbSecondsPerRequest: 0.1 }, DEFAULT_PRICES, true);
    expect(c.billableRequests).toBe(4_000_000);
    expect(c.billableGbSeconds).toBe(100_000);
    expect(c.requestCost).toBeCloseTo(0.8, 12);
    expect(c.total).toBeCloseTo(2.46667, 10);
  });

  it("costs nothing with no traffic and never goes negative", () => {
    expect(serverlessMonthlyCost({ requests: 0, gbSecondsPerRequest: 0.1 }, DEFAULT_PRICES, false).total).toBe(0);
    expect(serverlessMonthlyCost({ requests: -5, gbSecondsPerRequest: -1 }, DEFAULT_PRICES, false).total).toBe(0);
  });

  it("uses edited prices", () => {
    const prices = { ...DEFAULT_PRICES, requestPricePerMillion: 0.6, gbSecondPrice: 0.00001 };
    expect(serverlessMonthlyCost({ requests: 2_000_000, gbSecondsPerRequest: 0.5 }, prices, false).total).toBeCloseTo(1.2 + 10, 10);
  });
});

describe("monolith monthly cost", () => {
  it("is the hourly price × 730 hours × instances, whatever the traffic", () => {
    expect(HOURS_PER_MONTH).toBe(730);
    expect(monolithMonthlyCost(DEFAULT_PRICES)).toBeCloseTo(12.264, 12);
    expect(monolithMonthlyCost({ instanceHourlyPrice: 0.0168, instances: 2 })).toBeCloseTo(24.528, 12);
    expect(monolithMonthlyCost({ instanceHourlyPrice: 0.1, instances: 1 }, 24)).toBeCloseTo(2.4, 12);
  });
});

describe("break-even traffic", () => {
  const monolith = monolithMonthlyCost(DEFAULT_PRICES); // $12.264

  it("without the free tier: the monolith's bill divided by the cost of one request", () => {
    // one request = $0.0000002 + 0.1 × $0.0000166667 = $0.00000186667
    expect(breakEvenRequests(0.1, DEFAULT_PRICES, false, monolith)).toBeCloseTo(6_569_988.2679, 3);
  });

  it("with the free tier: crosses after both allowances are used up", () => {
    // free until 1M requests; requests-only until 4M (400,000 GB-s / 0.1); $0.60 spent by then.
    expect(breakEvenRequests(0.1, DEFAULT_PRICES, true, monolith)).toBeCloseTo(10_248_560.2704, 3);
  });

  it("can cross inside a segment where only requests are billed", () => {
    // tiny functions: GB-s allowance lasts to 400M requests; $0.50 is reached at 1M + 2.5M requests.
    expect(breakEvenRequests(0.001, DEFAULT_PRICES, true, 0.5)).toBeCloseTo(3_500_000, 3);
  });

  it("is the result the cost function agrees with", () => {
    const r = breakEvenRequests(0.25, DEFAULT_PRICES, true, monolith)!;
    expect(serverlessMonthlyCost({ requests: r, gbSecondsPerRequest: 0.25 }, DEFAULT_PRICES, true).total).toBeCloseTo(monolith, 9);
  });

  it("edge cases: a free monolith is beaten at once; free requests never cross", () => {
    expect(breakEvenRequests(0.1, DEFAULT_PRICES, false, 0)).toBe(0);
    expect(breakEvenRequests(0, { ...DEFAULT_PRICES, requestPricePerMillion: 0 }, false, monolith)).toBeNull();
  });
});
