import { describe, expect, it } from "vitest";
import { checkProductionReadiness, type SettingStatus } from "./check-production-readiness";

const secret = (c: string) => c.repeat(40);
const SHARED_OK = {
  DATABASE_URL: "libsql://petstore-class.turso.io",
  DATABASE_AUTH_TOKEN: "eyJ-token",
  SESSION_SECRET: secret("a"),
  NEXTAUTH_SECRET: secret("b"),
  BAAS_TOKEN_SECRET: secret("c"),
  CLASS_KEY: secret("d"),
  NEXTAUTH_URL: "https://petstore.example.edu",
};

function statusOf(env: Record<string, string | undefined>, name: string): SettingStatus | undefined {
  return checkProductionReadiness(env).checks.find((c) => c.name === name)?.status;
}

function unsafeNames(env: Record<string, string | undefined>): string[] {
  return checkProductionReadiness(env)
    .checks.filter((c) => c.status === "unsafe")
    .map((c) => c.name);
}

describe("checkProductionReadiness", () => {
  it("accepts the embedded default with nothing set: missing, but nothing unsafe", () => {
    const report = checkProductionReadiness({});
    expect(report).toMatchObject({ ok: true, shared: false, onVercel: false });
    expect(statusOf({}, "SESSION_SECRET")).toBe("missing");
    expect(statusOf({}, "CLASS_KEY")).toBe("missing");
    expect(statusOf({ DATABASE_URL: "file:./data/petstore.db" }, "DATABASE_URL")).toBe("set");
  });

  it("accepts a complete shared deployment", () => {
    const report = checkProductionReadiness(SHARED_OK);
    expect(report.shared).toBe(true);
    expect(report.checks.filter((c) => c.status === "unsafe")).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it("flags each secret and the instructor key missing on a shared database", () => {
    const env = { DATABASE_URL: "libsql://x.turso.io", DATABASE_AUTH_TOKEN: "t" };
    expect(unsafeNames(env)).toEqual(["SESSION_SECRET", "NEXTAUTH_SECRET", "BAAS_TOKEN_SECRET", "CLASS_KEY"]);
    expect(checkProductionReadiness(env).ok).toBe(false);
  });

  it("flags a secret shorter than 32 characters, even on one machine", () => {
    expect(unsafeNames({ SESSION_SECRET: "x".repeat(31) })).toEqual(["SESSION_SECRET"]);
    expect(unsafeNames({ ...SHARED_OK, CLASS_KEY: "sixteen-chars-ok" })).toEqual(["CLASS_KEY"]);
    expect(statusOf({ SESSION_SECRET: "x".repeat(32) }, "SESSION_SECRET")).toBe("set");
  });

  it("flags a libSQL database reached without a token", () => {
    expect(unsafeNames({ ...SHARED_OK, DATABASE_AUTH_TOKEN: undefined })).toEqual(["DATABASE_AUTH_TOKEN"]);
    expect(statusOf({}, "DATABASE_AUTH_TOKEN")).toBe("missing");
  });

  it("requires https addresses and secure cookies on a shared deployment", () => {
    expect(unsafeNames({ ...SHARED_OK, NEXTAUTH_URL: "http://petstore.example.edu" })).toEqual(["NEXTAUTH_URL"]);
    expect(unsafeNames({ ...SHARED_OK, PUBLIC_BASE_URL: "http://10.0.0.5" })).toEqual(["PUBLIC_BASE_URL"]);
    expect(unsafeNames({ ...SHARED_OK, SECURE_COOKIES: "false" })).toEqual(["SECURE_COOKIES"]);
    // On one machine plain http is how localhost works.
    expect(unsafeNames({ NEXTAUTH_URL: "http://localhost:3000", SECURE_COOKIES: "false" })).toEqual([]);
  });

  it("on Vercel needs a shared database and a Blob store (local files do not persist)", () => {
    expect(unsafeNames({ VERCEL: "1" })).toEqual(["DATABASE_URL", "BLOB_READ_WRITE_TOKEN"]);
    expect(unsafeNames({ VERCEL: "1", DATABASE_URL: "file:/tmp/petstore.db" })).toEqual(["DATABASE_URL", "BLOB_READ_WRITE_TOKEN"]);
    expect(unsafeNames({ ...SHARED_OK, VERCEL: "1" })).toEqual(["BLOB_READ_WRITE_TOKEN"]);
    const ready = checkProductionReadiness({
      ...SHARED_OK,
      VERCEL: "1",
      VERCEL_ENV: "production",
      BLOB_READ_WRITE_TOKEN: "vercel_blob_rw_x",
    });
    expect(ready).toMatchObject({ ok: true, onVercel: true });
    expect(statusOf({ ...SHARED_OK, VERCEL: "1" }, "VERCEL")).toBe("set");
  });

  it("flags half a GitHub sign-in configuration", () => {
    expect(unsafeNames({ GITHUB_ID: "Iv1.abc" })).toEqual(["GITHUB_ID/GITHUB_SECRET"]);
    expect(statusOf({ GITHUB_ID: "Iv1.abc", GITHUB_SECRET: "s" }, "GITHUB_ID/GITHUB_SECRET")).toBe("set");
  });

  it("says one plain sentence per setting and never prints a secret", () => {
    const report = checkProductionReadiness({ ...SHARED_OK, TRUST_PROXY: "loopback", OTEL_EXPORTER_OTLP_ENDPOINT: "http://jaeger:4318" });
    const names = report.checks.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        "DATABASE_URL",
        "SESSION_SECRET",
        "CLASS_KEY",
        "TRUST_PROXY",
        "OTEL_EXPORTER_OTLP_ENDPOINT",
        "SECURE_COOKIES",
        "VERCEL",
      ]),
    );
    for (const c of report.checks) {
      expect(c.message).toMatch(/^[A-Z].*[.]$/);
      for (const s of [SHARED_OK.SESSION_SECRET, SHARED_OK.CLASS_KEY, SHARED_OK.DATABASE_AUTH_TOKEN]) expect(c.message).not.toContain(s);
    }
  });
});
