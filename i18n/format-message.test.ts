import { describe, expect, it } from "vitest";
import { _createCache, _createIntlFormatters } from "use-intl/core";
import { compiledMessagesFor } from "./compiled-messages";
import formatMessage from "./format-message";

/** The per-request formatters next-intl hands in: any use of them means a new Intl object per request. */
function perRequestFormatters() {
  const used: string[] = [];
  const real = _createIntlFormatters(_createCache());
  const watched = Object.fromEntries(
    Object.entries(real).map(([name, make]) => [
      name,
      (...args: unknown[]) => (used.push(name), (make as (...a: unknown[]) => unknown)(...args)),
    ]),
  ) as typeof real;
  return { used, formatters: watched };
}

function petCount(locale: "en" | "zh-CN", count: number, formatters: ReturnType<typeof perRequestFormatters>["formatters"]) {
  const message = compiledMessagesFor(locale).catalog.petCount as unknown as Parameters<typeof formatMessage>[1];
  return formatMessage("catalog.petCount", message, { count }, { cache: _createCache(), formatters, locale });
}

describe("formatMessage", () => {
  it("formats counts in both languages with the process's own formatters, never the request's", () => {
    const request = perRequestFormatters();
    expect(petCount("en", 1, request.formatters)).toBe("1 pet");
    expect(petCount("en", 1200, request.formatters)).toBe("1,200 pets");
    expect(petCount("zh-CN", 6, request.formatters)).toMatch(/^6\s?只/);
    expect(request.used).toEqual([]);
  });
});
