import { describe, expect, it } from "vitest";
import { parseEnv, platformEnv } from "./env";

describe("parseEnv", () => {
  it("turns LENS_DISABLED into a switch: only 1 or true disables the lens", () => {
    expect(parseEnv({}).LENS_DISABLED).toBe(false);
    expect(parseEnv({ LENS_DISABLED: "1" }).LENS_DISABLED).toBe(true);
    expect(parseEnv({ LENS_DISABLED: "true" }).LENS_DISABLED).toBe(true);
    expect(parseEnv({ LENS_DISABLED: "0" }).LENS_DISABLED).toBe(false);
  });
  it("tells a configured PORT from the default", () => {
    expect(parseEnv({})).toMatchObject({ PORT: 3000, portConfigured: false });
    expect(parseEnv({ PORT: "4300" })).toMatchObject({ PORT: 4300, portConfigured: true });
  });
  it("refuses a BLOB_PUBLIC_BASE_URL that is not a URL", () => {
    expect(() => parseEnv({ BLOB_PUBLIC_BASE_URL: "cdn" })).toThrow();
    expect(parseEnv({ BLOB_PUBLIC_BASE_URL: "https://cdn.example/blobs" }).BLOB_PUBLIC_BASE_URL).toBe("https://cdn.example/blobs");
  });
});

describe("platformEnv", () => {
  it("reads only the platform's variables", () => {
    expect(platformEnv({ VERCEL: "1", VERCEL_REGION: "fra1", OTHER: "x" })).toEqual({ VERCEL: "1", VERCEL_REGION: "fra1" });
  });
});
