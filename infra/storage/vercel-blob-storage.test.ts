// The Vercel Blob adapter driven through the real @vercel/blob SDK against a local HTTP server that plays
// the Blob API (the SDK sends its API calls to VERCEL_BLOB_API_URL): PUT /?pathname= (put), GET /?url= (head),
// POST /delete (del), and plain GETs of the blob URLs the API hands out.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createVercelBlobStorage } from "./vercel-blob-storage";

type Blob = { body: Buffer; contentType: string; cacheControl: string };
const blobs = new Map<string, Blob>();
const calls: string[] = [];
let server: Server;
let base = "";
const TOKEN = "vercel_blob_rw_teststore123_secret";

function readBody(req: import("node:http").IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", base);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const authorized = req.headers.authorization === `Bearer ${TOKEN}`;
    if (url.pathname.startsWith("/blobs/")) {
      // A public blob URL: no token needed.
      const blob = blobs.get(decodeURIComponent(url.pathname.slice("/blobs/".length)));
      if (!blob) return json(404, { error: { code: "not_found", message: "not found" } });
      res.writeHead(200, { "content-type": blob.contentType, "cache-control": blob.cacheControl, "content-length": blob.body.length });
      return res.end(blob.body);
    }
    if (!authorized) return json(403, { error: { code: "forbidden", message: "bad token" } });
    calls.push(
      `${req.method} ${url.pathname}${req.method === "PUT" ? ` ${req.headers["x-add-random-suffix"]}${req.headers["x-allow-overwrite"]}` : ""}`,
    );
    if (req.method === "PUT") {
      const pathname = url.searchParams.get("pathname") ?? "";
      const body = await readBody(req);
      const maxAge = req.headers["x-cache-control-max-age"] ?? "2592000";
      blobs.set(pathname, {
        body,
        contentType: String(req.headers["x-content-type"] ?? "application/octet-stream"),
        cacheControl: `public, max-age=${maxAge}`,
      });
      return json(200, {
        url: `${base}/blobs/${pathname}`,
        downloadUrl: `${base}/blobs/${pathname}?download=1`,
        pathname,
        contentType: req.headers["x-content-type"],
        contentDisposition: "inline",
        etag: `"${body.length}"`,
      });
    }
    if (req.method === "GET" && url.searchParams.has("url")) {
      const target = url.searchParams.get("url") ?? "";
      const pathname = target.startsWith("http") ? new URL(target).pathname.replace(/^\/blobs\//, "") : target;
      const blob = blobs.get(pathname);
      if (!blob) return json(404, { error: { code: "not_found", message: "The requested blob does not exist" } });
      return json(200, {
        url: `${base}/blobs/${pathname}`,
        downloadUrl: `${base}/blobs/${pathname}?download=1`,
        pathname,
        size: blob.body.length,
        contentType: blob.contentType,
        contentDisposition: "inline",
        cacheControl: blob.cacheControl,
        uploadedAt: new Date().toISOString(),
        etag: "x",
      });
    }
    if (req.method === "POST" && url.pathname === "/delete") {
      const { urls } = JSON.parse((await readBody(req)).toString()) as { urls: string[] };
      for (const u of urls) blobs.delete(new URL(u).pathname.replace(/^\/blobs\//, ""));
      return json(200, {});
    }
    json(400, { error: { code: "bad_request", message: `unexpected ${req.method} ${url.pathname}` } });
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.VERCEL_BLOB_API_URL = base;
  // The SDK retries failed calls with backoff; a test wants the first answer.
  process.env.VERCEL_BLOB_RETRIES = "0";
});

afterAll(async () => {
  delete process.env.VERCEL_BLOB_API_URL;
  await new Promise((r) => server.close(r));
});

describe("Vercel Blob storage adapter (real SDK, local Blob API)", () => {
  it("puts under the exact key (no random suffix, overwrite allowed), reads back, deletes", async () => {
    const storage = createVercelBlobStorage({ token: TOKEN, publicBaseUrl: `${base}/blobs` });
    const key = "thumbnails/abc/160.webp";
    const put = await storage.put(key, Buffer.from("webp-bytes"), "image/webp");
    expect(put).toEqual({ key, url: `${base}/blobs/${key}` });
    expect(calls.at(-1)).toBe("PUT / 01");
    expect(blobs.get(key)?.cacheControl).toBe("public, max-age=31536000");

    // Same key again (a retried step): replaced in place, still one object.
    await storage.put(key, Buffer.from("webp-bytes"), "image/webp");
    expect([...blobs.keys()].filter((k) => k.startsWith("thumbnails/abc/"))).toHaveLength(1);

    const got = await storage.get(key);
    expect(got).toEqual({ body: Buffer.from("webp-bytes"), contentType: "image/webp", size: 10 });
    expect(storage.publicUrl(key)).toBe(`${base}/blobs/${key}`);

    await storage.delete(key);
    expect(blobs.has(key)).toBe(false);
    expect(await storage.get(key)).toBeNull();
    // Deleting again is fine (idempotent).
    await storage.delete(key);
  });

  it("derives the store's public host from the token by default", () => {
    const storage = createVercelBlobStorage({ token: TOKEN });
    expect(storage.publicUrl("seed/a.webp")).toBe("https://teststore123.public.blob.vercel-storage.com/seed/a.webp");
  });

  it("refuses unsafe keys before calling the API", async () => {
    const storage = createVercelBlobStorage({ token: TOKEN, publicBaseUrl: `${base}/blobs` });
    await expect(storage.put("../etc/passwd", Buffer.from("x"), "text/plain")).rejects.toThrow("not allowed");
  });
});
