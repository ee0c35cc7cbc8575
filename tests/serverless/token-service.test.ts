// Token service and the gateway's token checks: scopes by session, forged/expired/foreign tokens → 401,
// missing scope → 403.
import { SignJWT } from "jose";
import { encode } from "next-auth/jwt";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as getToken, POST as postToken } from "@/app/api/baas/token/route";
import { GET as getCategories } from "@/app/api/baas/categories/route";
import { GET as getOrders } from "@/app/api/baas/orders/route";
import { POST as purchase } from "@/app/api/functions/purchase/route";
import { authSecret } from "@/serverless/auth/auth-options";
import { mintBaasToken } from "@/serverless/token/mint-baas-token";
import { TOKEN_AUDIENCE, TOKEN_ISSUER, tokenSigningKey } from "@/serverless/token/token-config";
import { verifyBaasToken } from "@/serverless/token/verify-baas-token";
import { resetThrottles } from "@/infra/throttle/throttle";
import { anonymousToken, call, createUser } from "./serverless-test-helpers";

beforeEach(() => resetThrottles());

async function sessionCookie(userId: number): Promise<string> {
  const jwt = await encode({ token: { sub: String(userId), role: "customer", email: "x@petstore.test" }, secret: authSecret() });
  return `next-auth.session-token=${jwt}`;
}

describe("GET /api/baas/token", () => {
  it("without a session mints an anonymous catalog-only token, uncached, traced", async () => {
    const res = await call(getToken, "/api/baas/token");
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("x-served-by")).toBe("auth");
    expect(res.headers.get("x-trace-id")).toMatch(/^[0-9a-f]{32}$/);
    const body = (await res.json()) as { token: string; expiresAt: string; scopes: string[] };
    expect(body.scopes).toEqual(["catalog:read"]);
    const verified = await verifyBaasToken(body.token);
    expect(verified.userId).toBeUndefined();
    // 5-minute lifetime by default (±2 s for the clock tick between minting and this line)
    expect(Math.abs(Date.parse(body.expiresAt) - Date.now() - 300_000)).toBeLessThan(2_000);
  });

  it("with a next-auth session cookie mints a user token with orders and purchase scopes", async () => {
    const user = await createUser("tok");
    const res = await call(getToken, "/api/baas/token", { headers: { cookie: await sessionCookie(user.id) } });
    const body = (await res.json()) as { token: string; scopes: string[] };
    expect(body.scopes).toEqual(["catalog:read", "orders:read", "purchase"]);
    expect((await verifyBaasToken(body.token)).userId).toBe(user.id);
  });

  it("ignores a forged session cookie (anonymous token)", async () => {
    const res = await call(getToken, "/api/baas/token", { headers: { cookie: "next-auth.session-token=forged.value.here" } });
    expect(((await res.json()) as { scopes: string[] }).scopes).toEqual(["catalog:read"]);
  });

  it("accepts a W3C traceparent and echoes its trace id", async () => {
    const res = await call(getToken, "/api/baas/token", {
      headers: { traceparent: "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01" },
    });
    expect(res.headers.get("x-trace-id")).toBe("4bf92f3577b34da6a3ce929d0e0e4736");
  });

  it("answers 405 to a write", async () => {
    const res = await call(postToken, "/api/baas/token", { method: "POST" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET");
  });
});

describe("gateway token checks", () => {
  async function expect401(res: Response, message: RegExp) {
    expect(res.status).toBe(401);
    expect(res.headers.get("www-authenticate")).toMatch(/^Bearer /);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("unauthorized");
    expect(body.error.message).toMatch(message);
  }

  it("no token → 401", async () => {
    await expect401(await call(getCategories, "/api/baas/categories"), /Bearer/);
  });

  it("forged signature → 401", async () => {
    const token = await anonymousToken();
    const [h, p] = token.split(".");
    const forged = await new SignJWT({ scope: "catalog:read orders:read purchase" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(TOKEN_ISSUER)
      .setAudience(TOKEN_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime("5m")
      .setSubject("1")
      .sign(new TextEncoder().encode("an-attacker-guessed-secret-of-32-chars!!"));
    await expect401(await call(getCategories, "/api/baas/categories", { token: forged }), /not valid/);
    // the anonymous payload with a tampered signature
    await expect401(
      await call(getCategories, "/api/baas/categories", { token: `${h}.${p}.AAAA${token.split(".")[2]!.slice(4)}` }),
      /not valid/,
    );
    // alg "none"
    await expect401(
      await call(getCategories, "/api/baas/categories", { token: `${Buffer.from('{"alg":"none"}').toString("base64url")}.${p}.` }),
      /not valid/,
    );
  });

  it("expired → 401 saying so", async () => {
    const old = await mintBaasToken({ scopes: ["catalog:read"], now: new Date(Date.now() - 10 * 60_000) });
    await expect401(await call(getCategories, "/api/baas/categories", { token: old.token }), /expired/);
  });

  it("wrong issuer or audience → 401", async () => {
    const wrongAud = await new SignJWT({ scope: "catalog:read" })
      .setProtectedHeader({ alg: "HS256" })
      .setIssuer(TOKEN_ISSUER)
      .setAudience("someone-else")
      .setIssuedAt()
      .setExpirationTime("5m")
      .sign(tokenSigningKey());
    await expect401(await call(getCategories, "/api/baas/categories", { token: wrongAud }), /not valid/);
  });

  it("anonymous token cannot read orders nor purchase → 403", async () => {
    const token = await anonymousToken();
    const orders = await call(getOrders, "/api/baas/orders", { token });
    expect(orders.status).toBe(403);
    expect(((await orders.json()) as { error: { code: string } }).error.code).toBe("forbidden");
    const buy = await call(purchase, "/api/functions/purchase", {
      token,
      method: "POST",
      body: JSON.stringify({ items: [{ petId: 1, quantity: 1 }], idempotencyKey: "anon-key-1" }),
    });
    expect(buy.status).toBe(403);
  });

  it("a valid token reads the catalog", async () => {
    const res = await call(getCategories, "/api/baas/categories", { token: await anonymousToken() });
    expect(res.status).toBe(200);
    expect(res.headers.get("x-served-by")).toBe("data-api");
    expect(Array.isArray(((await res.json()) as { categories: unknown[] }).categories)).toBe(true);
  });
});
