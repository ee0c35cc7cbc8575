// Upload tokens: every claim checked by its schema (a forged-looking `max` never lifts the size cap) and each
// token usable once, recorded in the real database before any byte is stored.
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { MAX_UPLOAD_BYTES, originalKey } from "@/core/images/image-rules";
import { prisma } from "@/infra/db/prisma-client";
import { TOKEN_ISSUER, tokenSigningKey } from "@/serverless/token/token-config";
import { consumeUploadToken } from "@/serverless/uploads/consume-upload-token";
import { mintUploadToken } from "@/serverless/uploads/mint-upload-token";
import { UPLOAD_TOKEN_AUDIENCE } from "@/serverless/uploads/upload-token-config";
import { verifyUploadToken } from "@/serverless/uploads/verify-upload-token";

const draft = { name: "Token", categorySlug: "dogs", priceCents: 1200, stock: 1 };

async function sign(claims: Record<string, unknown>, jti: string | null = crypto.randomUUID()): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  let jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: "HS256" })
    .setIssuer(TOKEN_ISSUER)
    .setAudience(UPLOAD_TOKEN_AUDIENCE)
    .setIssuedAt(now)
    .setExpirationTime(now + 60);
  if (jti) jwt = jwt.setJti(jti);
  return jwt.sign(tokenSigningKey());
}

describe("verifyUploadToken", () => {
  it("accepts the token it minted, with the size cap", async () => {
    const imageId = crypto.randomUUID();
    const minted = await mintUploadToken({ key: originalKey(imageId), imageId, draft });
    const grant = await verifyUploadToken(minted.token, originalKey(imageId));
    expect(grant).toMatchObject({ imageId, maxBytes: MAX_UPLOAD_BYTES, draft });
    expect(grant.jti).toMatch(/^[0-9a-f-]{36}$/);
  });

  it.each([
    ["a non-numeric max", { max: "lots" }],
    ["a max above the limit", { max: MAX_UPLOAD_BYTES * 100 }],
    ["no max", { max: undefined }],
    ["a negative price in the draft", { pet: { ...draft, priceCents: -5 } }],
    ["an image id that is not a uuid", { img: "../../etc" }],
  ])("refuses a correctly signed token with %s", async (_label, override) => {
    const imageId = crypto.randomUUID();
    const claims: Record<string, unknown> = { key: originalKey(imageId), img: imageId, max: MAX_UPLOAD_BYTES, pet: draft, ...override };
    await expect(verifyUploadToken(await sign(claims), originalKey(imageId))).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("refuses a token without a jti (it could not be used up)", async () => {
    const imageId = crypto.randomUUID();
    const token = await sign({ key: originalKey(imageId), img: imageId, max: MAX_UPLOAD_BYTES, pet: draft }, null);
    await expect(verifyUploadToken(token, originalKey(imageId))).rejects.toMatchObject({ code: "unauthorized" });
  });

  it("refuses a token for another key", async () => {
    const imageId = crypto.randomUUID();
    const minted = await mintUploadToken({ key: originalKey(imageId), imageId, draft });
    await expect(verifyUploadToken(minted.token, originalKey(crypto.randomUUID()))).rejects.toMatchObject({ code: "forbidden" });
  });
});

describe("consumeUploadToken", () => {
  it("lets a token through once; a replay is a conflict, also when both race", async () => {
    const grant = { jti: crypto.randomUUID(), imageId: crypto.randomUUID() };
    await consumeUploadToken(grant);
    await expect(consumeUploadToken(grant)).rejects.toMatchObject({ code: "conflict", status: 409 });

    const racing = { jti: crypto.randomUUID(), imageId: crypto.randomUUID() };
    const results = await Promise.allSettled([consumeUploadToken(racing), consumeUploadToken(racing), consumeUploadToken(racing)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await prisma.usedUploadToken.count({ where: { jti: racing.jti } })).toBe(1);
  });
});
