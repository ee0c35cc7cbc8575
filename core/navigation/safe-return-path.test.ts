import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-return-path";

const FALLBACK = "/monolith";
const safe = (value: unknown) => safeReturnPath(value, FALLBACK);

describe("safeReturnPath", () => {
  it("keeps same-site store paths, normalised", () => {
    expect(safe("/monolith/cart")).toBe("/monolith/cart");
    expect(safe("/monolith")).toBe("/monolith");
    expect(safe("/monolith?notice=hi")).toBe("/monolith?notice=hi");
    expect(safe("/serverless/search?q=cat&page=2")).toBe("/serverless/search?q=cat&page=2");
    expect(safe("/monolith/a/../cart")).toBe("/monolith/cart");
    expect(safe("/monolith/cart#top")).toBe("/monolith/cart");
  });

  it.each([
    ["protocol-relative", "//evil.example"],
    ["protocol-relative with path", "//evil.example/monolith"],
    ["backslash", "/\\evil.example"],
    ["backslash after the prefix", "/monolith/\\/evil.example"],
    ["dot segments into a second slash", "/monolith/..//evil.example/x"],
    ["percent-encoded dots", "/monolith/%2e%2e//evil.example/x"],
    ["percent-encoded slashes (not a path at all)", "%2F%2Fevil.example"],
    ["absolute URL", "https://evil.example/monolith"],
    ["scheme-relative with credentials", "//user@evil.example"],
    ["javascript:", "javascript:alert(1)"],
    ["javascript: after a slash", "/javascript:alert(1)"],
    ["tab that parsers drop", "/\t/evil.example"],
    ["newline that parsers drop", "/\n/evil.example"],
    ["carriage return", "/monolith\r\nSet-Cookie: x=1"],
    ["NUL", "/monolith\u0000"],
    ["a host-looking prefix", "/monolith@evil.example"],
    ["a lookalike prefix", "/monolithevil"],
    ["outside the stores", "/api/monolith/logout"],
    ["climbing out of the store", "/monolith/../api/health"],
    ["empty", ""],
    ["not a string", 42],
    ["too long", `/monolith/${"a".repeat(2_100)}`],
  ])("refuses %s", (_name, value) => {
    expect(safe(value)).toBe(FALLBACK);
  });

  it("restricts to the given prefixes (the serverless app allows only its own)", () => {
    expect(safeReturnPath("/monolith/cart", "/serverless", ["/serverless"])).toBe("/serverless");
    expect(safeReturnPath("/serverless/orders", "/serverless", ["/serverless"])).toBe("/serverless/orders");
    expect(safeReturnPath("/serverless/..//evil.example/x", "/serverless", ["/serverless"])).toBe("/serverless");
  });
});
