// The serverless store's upload with Vercel Blob (BLOB_READ_WRITE_TOKEN set), end to end against the built app
// and a local server that plays the Blob API (tests/fakes/fake-blob-api.ts): the real SDK's client upload —
// upload() from @vercel/blob/client asks the app's handleUpload route for a client token, PUTs the photo to the
// Blob server with it, and the Blob server calls the app back ("blob.upload-completed", signed) — ends in a
// processed image (thumbnails written to Blob by the pipeline, one pet, searchable). A token request without an
// admin session, or from a customer, is refused and nothing reaches the store.
import { execFileSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createClient } from "@libsql/client";
import { hash } from "@node-rs/argon2";
import { upload } from "@vercel/blob/client";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildState } from "../../scripts/lib/preflight";
import { spawnServer } from "../../scripts/lib/spawn-server";
import { imageStatus, signInAdmin, type ImageStatus } from "../../scripts/pipeline/serverless-admin-client";
import { startFakeBlobApi, type FakeBlobApi } from "../fakes/fake-blob-api";
import { freePort } from "../free-port";

const root = path.resolve(import.meta.dirname, "../..");
const RW_TOKEN = `vercel_blob_rw_teststore123_${randomBytes(12).toString("hex")}`;
const dataDir = mkdtempSync(path.join(tmpdir(), "pst-blob-upload-"));
const ADMIN = { email: "blob-admin@petstore.test", password: "blob-admin-password" };
const CUSTOMER = { email: "blob-student@petstore.test", password: "blob-student-password" };
let server: { child: ChildProcess; output: () => string; base: string } | undefined;
let fake: FakeBlobApi;

const jpeg = () =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 90, g: 140, b: 60 } } })
    .jpeg()
    .toBuffer();

type Grant = { imageId: string; key: string; handleUploadUrl: string; clientPayload: string };

async function askGrant(base: string, cookie: string, name: string, size: number): Promise<Grant> {
  const res = await fetch(`${base}/api/serverless/uploads`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify({ name, category: "blob-birds", price: "12.50", stock: "2", size }),
  });
  expect(res.status, await res.clone().text()).toBe(201);
  return (await res.json()) as Grant;
}

async function settled(base: string, imageId: string, ms = 120_000): Promise<ImageStatus | null> {
  const end = Date.now() + ms;
  let last: ImageStatus | null = null;
  while (Date.now() < end) {
    last = await imageStatus(base, imageId);
    if (last?.status === "done" || last?.status === "failed") return last;
    await new Promise((r) => setTimeout(r, 300));
  }
  return last;
}

describe.skipIf(buildState(root) !== "complete")("Vercel Blob client uploads through handleUpload (built app, local Blob API)", () => {
  let adminCookie = "";
  let customerCookie = "";

  beforeAll(async () => {
    fake = await startFakeBlobApi(RW_TOKEN);
    // The SDK in this process (the "browser" side of upload()) talks to the fake too.
    process.env.VERCEL_BLOB_API_URL = fake.base;
    process.env.VERCEL_BLOB_RETRIES = "0";
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of ["DATABASE_URL", "TRUST_PROXY", "HOST", "PORT"]) delete env[name];
    const secret = () => randomBytes(32).toString("base64url");
    Object.assign(env, {
      NODE_ENV: "production",
      DATA_DIR: dataDir,
      SESSION_SECRET: secret(),
      NEXTAUTH_SECRET: secret(),
      BAAS_TOKEN_SECRET: secret(),
      CLASS_KEY: secret(),
      BLOB_READ_WRITE_TOKEN: RW_TOKEN,
      VERCEL_BLOB_API_URL: fake.base,
      VERCEL_BLOB_RETRIES: "0",
      BLOB_PUBLIC_BASE_URL: `${fake.base}/blobs`,
      // Where the Blob store calls back (onUploadCompleted).
      PUBLIC_BASE_URL: base,
      IMAGE_CONSUMER_DISABLED: "true",
    });
    execFileSync(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
    const db = createClient({ url: `file:${path.join(dataDir, "petstore.db")}` });
    await db.execute({
      sql: "INSERT INTO Category (slug, name, description, emoji, sortOrder) VALUES (?, ?, ?, ?, ?)",
      args: ["blob-birds", "Blob birds", "Birds for the Blob test", "🐦", 1],
    });
    for (const [user, role] of [
      [ADMIN, "admin"],
      [CUSTOMER, "customer"],
    ] as const) {
      await db.execute({
        sql: "INSERT INTO User (email, name, passwordHash, role) VALUES (?, ?, ?, ?)",
        args: [user.email, role, await hash(user.password), role],
      });
    }
    db.close();

    const child = spawnServer({ env, port, host: "127.0.0.1", stdio: "pipe" });
    let out = "";
    child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
    child.stderr!.on("data", (d: Buffer) => (out += d.toString()));
    server = { child, output: () => out, base };
    const end = Date.now() + 240_000;
    while (!out.includes(`listening on 127.0.0.1:${port}`)) {
      if (child.exitCode !== null) throw new Error(`exited (${child.exitCode}):\n${out}`);
      if (Date.now() > end) throw new Error(`did not start:\n${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    adminCookie = await signInAdmin(base, ADMIN.email, ADMIN.password);
    customerCookie = await signInAdmin(base, CUSTOMER.email, CUSTOMER.password);
  });

  afterAll(async () => {
    if (server && server.child.exitCode === null) {
      server.child.kill("SIGINT");
      await new Promise((r) => server!.child.once("exit", r));
    }
    await fake?.close();
    delete process.env.VERCEL_BLOB_API_URL;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("token request → PUT to the Blob store → signed completion callback → a processed image, once", async () => {
    const base = server!.base;
    const photo = await jpeg();
    const name = `Blob finch ${Date.now().toString(36)}`;
    const grant = await askGrant(base, adminCookie, name, photo.length);
    expect(grant.handleUploadUrl).toBe("/api/serverless/uploads/blob");
    expect(grant.key).toBe(`uploads/${grant.imageId}/original`);

    // The SDK's client upload, exactly as the admin's browser runs it (add-pet-form → upload-to-vercel-blob).
    const put = await upload(grant.key, new Blob([new Uint8Array(photo)], { type: "image/jpeg" }), {
      access: "public",
      handleUploadUrl: `${base}${grant.handleUploadUrl}`,
      clientPayload: grant.clientPayload,
      contentType: "image/jpeg",
      headers: { cookie: adminCookie },
    });
    expect(put.pathname).toBe(grant.key);
    expect(fake.log).toContain(`PUT client ${grant.key}`);
    expect(fake.blobs.get(grant.key)?.body.equals(photo)).toBe(true);

    // Nothing else told the app: the Blob store's signed callback alone starts the pipeline.
    const done = await settled(base, grant.imageId);
    expect(done?.status, `${JSON.stringify(done)}\n${server!.output().slice(-3000)}`).toBe("done");
    expect(done?.petId).not.toBeNull();
    expect(fake.log).toContain("CALLBACK 200");
    // The pipeline wrote the thumbnails to the Blob store, through the server-side SDK.
    const thumbnails = [...fake.blobs.keys()].filter((k) => k.startsWith(`thumbnails/${grant.imageId}/`));
    expect(thumbnails.length).toBeGreaterThanOrEqual(3);
    expect(fake.log.filter((l) => l.startsWith(`PUT rw thumbnails/${grant.imageId}/`)).length).toBe(thumbnails.length);

    // The browser's own "finished" call after the callback: accepted, starts nothing more.
    const finished = await fetch(`${base}${grant.handleUploadUrl}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: adminCookie },
      body: JSON.stringify({ type: "pst.upload-finished", payload: { pathname: grant.key, clientPayload: grant.clientPayload } }),
    });
    expect(finished.status).toBe(200);
    expect(await finished.json()).toMatchObject({ imageId: grant.imageId, started: false });
    const hits = (await (await fetch(`${base}/api/functions/search?q=${encodeURIComponent(name)}`)).json()) as { hits: { name: string }[] };
    expect(hits.hits.filter((h) => h.name === name)).toHaveLength(1);
  });

  it("refuses the token request of an anonymous visitor (401) and of a customer/student (403); nothing reaches the store", async () => {
    const base = server!.base;
    const photo = await jpeg();
    const grant = await askGrant(base, adminCookie, `Blob refused ${Date.now().toString(36)}`, photo.length);
    const tokenRequest = (cookie?: string) =>
      fetch(`${base}${grant.handleUploadUrl}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
        body: JSON.stringify({
          type: "blob.generate-client-token",
          payload: { pathname: grant.key, clientPayload: grant.clientPayload, multipart: false },
        }),
      });
    const anonymous = await tokenRequest();
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { message: string } }).error.message).toBe("Log in as an admin to add pets.");
    const student = await tokenRequest(customerCookie);
    expect(student.status).toBe(403);
    // The SDK's upload() with the student's session fails at the token, before a byte is sent.
    await expect(
      upload(grant.key, new Blob([new Uint8Array(photo)], { type: "image/jpeg" }), {
        access: "public",
        handleUploadUrl: `${base}${grant.handleUploadUrl}`,
        clientPayload: grant.clientPayload,
        contentType: "image/jpeg",
        headers: { cookie: customerCookie },
      }),
    ).rejects.toThrow(/client token/);
    expect(fake.blobs.has(grant.key)).toBe(false);
    // Without the one-photo grant even the admin gets no token.
    const noGrant = await fetch(`${base}${grant.handleUploadUrl}`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: adminCookie },
      body: JSON.stringify({ type: "blob.generate-client-token", payload: { pathname: grant.key, clientPayload: null, multipart: false } }),
    });
    expect(noGrant.status).toBe(400);
  });

  it("the client token carries the limits (content type, one use of the grant), and a forged completion is refused", async () => {
    const base = server!.base;
    const photo = await jpeg();
    const grant = await askGrant(base, adminCookie, `Blob limits ${Date.now().toString(36)}`, photo.length);
    const body = () => new Blob([new Uint8Array(photo)], { type: "image/svg+xml" });
    const options = {
      access: "public" as const,
      handleUploadUrl: `${base}${grant.handleUploadUrl}`,
      clientPayload: grant.clientPayload,
      headers: { cookie: adminCookie },
    };
    // An SVG is not among the allowed content types the token names: the store refuses it.
    await expect(upload(grant.key, body(), { ...options, contentType: "image/svg+xml" })).rejects.toThrow();
    expect(fake.log).toContain("REFUSED content_type_not_allowed");
    // The grant was used up by that token request: a second token for it is refused (409).
    await expect(upload(grant.key, body(), { ...options, contentType: "image/jpeg" })).rejects.toThrow(/client token/);
    expect(fake.blobs.has(grant.key)).toBe(false);

    // A completion event not signed with the store's token starts nothing.
    const forged = await fetch(`${base}${grant.handleUploadUrl}`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-vercel-signature": "00".repeat(32) },
      body: JSON.stringify({
        type: "blob.upload-completed",
        payload: { blob: { pathname: grant.key }, tokenPayload: JSON.stringify({ imageId: grant.imageId, draft: {} }) },
      }),
    });
    expect(forged.status).toBe(403);
    expect(await imageStatus(base, grant.imageId)).toBeNull();
  });
});
