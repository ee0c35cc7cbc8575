import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// app-secrets reads env() and dataDir() (process.env), so each case sets them and reloads the module fresh.
const saved = { ...process.env };
async function load() {
  vi.resetModules(); // a fresh env() cache and secrets cache for this case's process.env
  const envModule = await import("../../core/config/env");
  const secrets = await import("./app-secrets");
  return { envModule, secrets };
}

describe("app secrets", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), "pst-secrets-"));
    process.env = { ...saved, DATA_DIR: dir };
    for (const k of ["DATABASE_URL", "SESSION_SECRET", "NEXTAUTH_SECRET", "BAAS_TOKEN_SECRET", "CLASS_KEY"]) delete process.env[k];
  });
  afterEach(() => {
    process.env = saved;
  });

  it("generates random secrets on first use into an owner-only file, and reuses them", async () => {
    const { secrets } = await load();
    const first = secrets.appSecrets();
    const file = path.join(dir, "secrets.json");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(new Set([first.sessionSecret, first.nextAuthSecret, first.baasTokenSecret]).size).toBe(3);
    expect(first.sessionSecret.length).toBeGreaterThanOrEqual(43);
    // The file also holds the seeded admin's password (read with adminPassword(), never part of the signing keys).
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual({ ...first, adminPassword: expect.stringMatching(/^[A-Za-z0-9]{16}$/) });
    secrets.resetAppSecretsForTests();
    expect(secrets.appSecrets()).toEqual(first);
  });

  it("takes each value from the environment when set, and writes no file when all are set", async () => {
    process.env.CLASS_KEY = "an-instructor-key-from-env";
    const { secrets } = await load();
    const mixed = secrets.appSecrets();
    expect(mixed.classKey).toBe("an-instructor-key-from-env");
    expect(JSON.parse(readFileSync(path.join(dir, "secrets.json"), "utf8")).sessionSecret).toBe(mixed.sessionSecret);

    const other = mkdtempSync(path.join(tmpdir(), "pst-secrets-"));
    Object.assign(process.env, {
      DATA_DIR: other,
      SESSION_SECRET: "s".repeat(32),
      NEXTAUTH_SECRET: "n".repeat(32),
      BAAS_TOKEN_SECRET: "b".repeat(32),
    });
    const fresh = await load();
    expect(fresh.secrets.appSecrets()).toEqual({
      sessionSecret: "s".repeat(32),
      nextAuthSecret: "n".repeat(32),
      baasTokenSecret: "b".repeat(32),
      classKey: "an-instructor-key-from-env",
    });
    expect(() => statSync(path.join(other, "secrets.json"))).toThrow();
  });

  it("refuses a shared database without every secret", async () => {
    const { parseEnv } = (await load()).envModule;
    expect(() => parseEnv({ DATABASE_URL: "libsql://class.turso.io" })).toThrow(
      /SESSION_SECRET, NEXTAUTH_SECRET, BAAS_TOKEN_SECRET, CLASS_KEY must be set/,
    );
    const long = "x".repeat(32);
    expect(() =>
      parseEnv({
        DATABASE_URL: "libsql://class.turso.io",
        SESSION_SECRET: long,
        NEXTAUTH_SECRET: long,
        BAAS_TOKEN_SECRET: long,
        CLASS_KEY: long,
      }),
    ).not.toThrow();
  });
});
