// Issue 8 — nobody on the network can become someone else. Every token the serverless store accepts is
// (1) signed with this deployment's own secret: the development secret that used to be published in the source
// is worth nothing; (2) bounded in age: a data-API token lives the configured TTL (+ skew) whatever its `exp` says,
// a session cookie 8 hours after it was issued; (3) only proof of WHO: the role is read from the database on
// every admin action, so a demoted admin's cookie stops working at once.
import { createHash } from "node:crypto";
import { SignJWT } from "jose";
import { encode } from "next-auth/jwt";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GET as getCategories } from "@/app/api/baas/categories/route";
import { GET as getToken } from "@/app/api/baas/token/route";
import { POST as postUpload } from "@/app/api/serverless/uploads/route";
import { prisma } from "@/infra/db/prisma-client";
import { authSecret } from "@/serverless/auth/auth-options";
import { resetThrottles } from "@/infra/throttle/throttle";
import { TOKEN_AUDIENCE, TOKEN_ISSUER, tokenSigningKey } from "@/serverless/token/token-config";
import { call, createUser, unique } from "../serverless/serverless-test-helpers";

/** The development secret that shipped in the source before issue 8 (anyone could read it). */
const OLD_PUBLISHED_SECRET = "pet-store-twin-embedded-development-secret-change-me";
/** How the old code derived its keys from it. */
const OLD_BAAS_KEY = new Uint8Array(createHash("sha256").update(`baas-token-signing-key\u0000${OLD_PUBLISHED_SECRET}`).digest());
const OLD_NEXTAUTH_SECRET = `${OLD_PUBLISHED_SECRET}:next-auth`;

beforeEach(() => resetThrottles());
afterEach(() => vi.useRealTimers());

function dataApiToken(key: Uint8Array, claims: { iat: number; exp: number; sub?: string }) {
  let jwt = new SignJWT({ scope: "catalog:read orders:read purchase" })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(claims.iat)
    .setExpirationTime(claims.exp);
  if (claims.sub) jwt = jwt.setSubject(claims.sub);
  return jwt.sign(key);
}

const nowSeconds = () => Math.floor(Date.now() / 1000);

async function adminUser() {
  return prisma.user.create({ data: { email: `${unique("admin")}@petstore.test`, name: "Admin", role: "admin" }, select: { id: true } });
}

async function sessionCookie(secret: string, claims: Record<string, unknown>): Promise<string> {
  return `next-auth.session-token=${await encode({ token: claims, secret })}`;
}

const petBody = JSON.stringify({ name: "Forged", category: "dogs", price: "10", stock: "1", size: 10 });

describe("the old published secret signs nothing any more", () => {
  it("a data-API token signed with the old derived key → 401", async () => {
    const forged = await dataApiToken(OLD_BAAS_KEY, { iat: nowSeconds(), exp: nowSeconds() + 300, sub: "1" });
    const res = await call(getCategories, "/api/baas/categories", { token: forged });
    expect(res.status).toBe(401);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unauthorized");
  });

  it("a next-auth session cookie made with the old secret and role admin gets no upload token (401) and only an anonymous data token", async () => {
    const admin = await adminUser();
    const cookie = await sessionCookie(OLD_NEXTAUTH_SECRET, { sub: String(admin.id), role: "admin", email: "admin@petstore.test" });
    const upload = await call(postUpload, "/api/serverless/uploads", { method: "POST", body: petBody, headers: { cookie } });
    expect(upload.status).toBe(401);
    const token = await call(getToken, "/api/baas/token", { headers: { cookie } });
    expect(((await token.json()) as { scopes: string[] }).scopes).toEqual(["catalog:read"]);
  });
});

describe("data-API tokens have a maximum age", () => {
  it("a one-year token signed with the real key → 401, though its signature and exp are fine", async () => {
    const longLived = await dataApiToken(tokenSigningKey(), { iat: nowSeconds(), exp: nowSeconds() + 365 * 86_400 });
    expect((await call(getCategories, "/api/baas/categories", { token: longLived })).status).toBe(401);
  });

  it("a token issued longer ago than the TTL (+ skew) → 401 even with exp in the future; one issued in the future → 401", async () => {
    const oldIssue = await dataApiToken(tokenSigningKey(), { iat: nowSeconds() - 400, exp: nowSeconds() + 60 });
    expect((await call(getCategories, "/api/baas/categories", { token: oldIssue })).status).toBe(401);
    const future = await dataApiToken(tokenSigningKey(), { iat: nowSeconds() + 3600, exp: nowSeconds() + 3900 });
    expect((await call(getCategories, "/api/baas/categories", { token: future })).status).toBe(401);
  });

  it("a token within the TTL is accepted (the check is not refusing everything)", async () => {
    const fine = await dataApiToken(tokenSigningKey(), { iat: nowSeconds() - 10, exp: nowSeconds() + 290 });
    expect((await call(getCategories, "/api/baas/categories", { token: fine })).status).toBe(200);
  });
});

describe("next-auth session cookies have a maximum age", () => {
  it("a cookie issued 9 hours ago is no session, even when its own exp lies in the future", async () => {
    const admin = await adminUser();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() - 9 * 3600_000);
    // encode() stamps iat = "now" (9 h ago) and exp = iat + 30 days.
    const stale = await sessionCookie(authSecret(), { sub: String(admin.id), role: "admin" });
    vi.useRealTimers();
    const res = await call(postUpload, "/api/serverless/uploads", { method: "POST", body: petBody, headers: { cookie: stale } });
    expect(res.status).toBe(401);

    const fresh = await sessionCookie(authSecret(), { sub: String(admin.id), role: "admin" });
    // Authorization passed; the body names a category that does not exist → 400, not 401/403.
    expect((await call(postUpload, "/api/serverless/uploads", { method: "POST", body: petBody, headers: { cookie: fresh } })).status).toBe(
      400,
    );
  });
});

describe("the role is read from the database for every admin action", () => {
  it("an admin demoted in the database gets 403 on the next upload-token request, with the same cookie", async () => {
    const admin = await adminUser();
    const cookie = await sessionCookie(authSecret(), { sub: String(admin.id), role: "admin" });
    expect((await call(postUpload, "/api/serverless/uploads", { method: "POST", body: petBody, headers: { cookie } })).status).toBe(400);
    await prisma.user.update({ where: { id: admin.id }, data: { role: "customer" } });
    const after = await call(postUpload, "/api/serverless/uploads", { method: "POST", body: petBody, headers: { cookie } });
    expect(after.status).toBe(403);
    expect(((await after.json()) as { error: { code: string } }).error.code).toBe("forbidden");
  });

  it("a customer promoted in the database may act as admin at once; a deleted account has no session", async () => {
    const user = await createUser("promoted");
    const cookie = await sessionCookie(authSecret(), { sub: String(user.id), role: "customer" });
    expect((await call(postUpload, "/api/serverless/uploads", { method: "POST", body: petBody, headers: { cookie } })).status).toBe(403);
    await prisma.user.update({ where: { id: user.id }, data: { role: "admin" } });
    expect((await call(postUpload, "/api/serverless/uploads", { method: "POST", body: petBody, headers: { cookie } })).status).toBe(400);
    await prisma.user.delete({ where: { id: user.id } });
    expect((await call(postUpload, "/api/serverless/uploads", { method: "POST", body: petBody, headers: { cookie } })).status).toBe(401);
  });
});
