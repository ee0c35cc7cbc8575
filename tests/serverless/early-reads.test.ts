// The browser app's side of the shell's early reads: the carried token is adopted instead of asking the token
// service, each early read is handed out once, and signed-in scopes still fetch a token.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

const carried = { token: "shell.anonymous.token", expiresAt: new Date(Date.now() + 300_000).toISOString(), scopes: ["catalog:read"] };

function shellState() {
  return {
    token: { ...carried },
    reads: {
      "/api/baas/categories/dogs/pets?page=1": {
        traceId: "a".repeat(32),
        spanId: "b".repeat(16),
        startMs: Date.now(),
        perfStart: 0,
        response: Promise.resolve(new Response("{}")),
      },
    },
  };
}

describe("early reads in the browser app", () => {
  beforeEach(() => {
    vi.resetModules();
    vi.stubGlobal("window", { __pstEarlyReads: shellState() });
    vi.stubGlobal("document", { visibilityState: "visible" });
  });
  afterEach(() => vi.unstubAllGlobals());

  it("adopts the token the shell carried: no request to the token service", async () => {
    const fetchSpy = vi.fn(() => Promise.reject(new Error("no network in this test")));
    vi.stubGlobal("fetch", fetchSpy);
    const { getToken } = await import("@/serverless/client/baas-token");
    const token = await getToken();
    expect(token.token).toBe(carried.token);
    expect(token.scopes).toEqual(["catalog:read"]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it("asks the token service when a signed-in scope is needed (the shell's token is anonymous)", async () => {
    const fetchSpy = vi.fn(async () =>
      Response.json({
        token: "user.token",
        expiresAt: new Date(Date.now() + 300_000).toISOString(),
        scopes: ["catalog:read", "orders:read"],
      }),
    );
    vi.stubGlobal("fetch", fetchSpy);
    vi.stubGlobal("location", { href: "http://localhost/serverless/orders", pathname: "/serverless/orders", search: "" });
    vi.stubGlobal("sessionStorage", { getItem: () => null, setItem: () => undefined });
    vi.stubGlobal("window", { __pstEarlyReads: shellState(), addEventListener: () => undefined, dispatchEvent: () => true });
    const { getToken } = await import("@/serverless/client/baas-token");
    const token = await getToken({ scope: "orders:read" });
    expect(token.token).toBe("user.token");
    expect(fetchSpy).toHaveBeenCalledTimes(1);
  });

  it("hands each early read out once, and only for its own address", async () => {
    const { takeEarlyRead, takeShellToken } = await import("@/serverless/client/early-reads");
    expect(takeEarlyRead("/api/baas/categories/cats/pets?page=1")).toBeUndefined();
    expect(takeEarlyRead("/api/baas/categories/dogs/pets?page=1")).toBeDefined();
    expect(takeEarlyRead("/api/baas/categories/dogs/pets?page=1")).toBeUndefined();
    expect(takeShellToken()?.token).toBe(carried.token);
    expect(takeShellToken()).toBeUndefined();
  });

  it("leaves an early read nobody took for half a minute alone", async () => {
    const state = shellState();
    state.reads["/api/baas/categories/dogs/pets?page=1"].startMs = Date.now() - 31_000;
    vi.stubGlobal("window", { __pstEarlyReads: state });
    const { takeEarlyRead } = await import("@/serverless/client/early-reads");
    expect(takeEarlyRead("/api/baas/categories/dogs/pets?page=1")).toBeUndefined();
  });
});
