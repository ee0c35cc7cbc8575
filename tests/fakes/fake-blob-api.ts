// A local HTTP server that plays the Vercel Blob API for tests, enough of it for the real @vercel/blob SDK
// (pointed at it with VERCEL_BLOB_API_URL): server-side put (read-write token), head, delete, public blob URLs,
// and client uploads — a PUT with a client token made by handleUpload, checked the way the store checks it
// (HMAC over the token's payload with the read-write token; pathname, expiry, content type, size, overwrite),
// followed by the signed "blob.upload-completed" callback to the token's callbackUrl.
import { createHmac } from "node:crypto";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeBlob = { body: Buffer; contentType: string };
export type FakeBlobApi = {
  base: string;
  blobs: Map<string, FakeBlob>;
  /** "PUT rw <pathname>", "PUT client <pathname>", "REFUSED <reason>", "CALLBACK <status>" … in order. */
  log: string[];
  close(): Promise<void>;
};

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

type ClientTokenPayload = {
  pathname: string;
  validUntil: number;
  allowedContentTypes?: string[];
  maximumSizeInBytes?: number;
  allowOverwrite?: boolean;
  onUploadCompleted?: { callbackUrl: string; tokenPayload?: string | null };
};

/** vercel_blob_client_<storeId>_<base64("<hmac hex>.<base64 payload>")>, the HMAC keyed with the read-write token. */
function verifyClientToken(token: string, rwToken: string): ClientTokenPayload | null {
  const [, , , , encoded] = token.split("_");
  const [signature, payload] = Buffer.from(encoded ?? "", "base64")
    .toString()
    .split(".");
  if (!signature || !payload) return null;
  if (createHmac("sha256", rwToken).update(payload).digest("hex") !== signature) return null;
  return JSON.parse(Buffer.from(payload, "base64").toString()) as ClientTokenPayload;
}

export async function startFakeBlobApi(rwToken: string): Promise<FakeBlobApi> {
  const blobs = new Map<string, FakeBlob>();
  const log: string[] = [];
  let base = "";
  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", base);
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    const refuse = (status: number, code: string, message: string) => {
      log.push(`REFUSED ${code}`);
      json(status, { error: { code, message } });
    };
    const described = (pathname: string, blob: FakeBlob) => ({
      url: `${base}/blobs/${pathname}`,
      downloadUrl: `${base}/blobs/${pathname}?download=1`,
      pathname,
      contentType: blob.contentType,
      contentDisposition: "inline",
      etag: `"${blob.body.length}"`,
    });

    if (url.pathname.startsWith("/blobs/")) {
      const blob = blobs.get(decodeURIComponent(url.pathname.slice("/blobs/".length)));
      if (!blob) return json(404, { error: { code: "not_found", message: "not found" } });
      res.writeHead(200, { "content-type": blob.contentType, "content-length": blob.body.length });
      return res.end(blob.body);
    }
    const bearer = (req.headers.authorization ?? "").replace(/^Bearer /, "");
    const readWrite = bearer === rwToken;
    const client = !readWrite && bearer.startsWith("vercel_blob_client_") ? verifyClientToken(bearer, rwToken) : null;
    if (!readWrite && !client) return refuse(403, "forbidden", "Access denied, please provide a valid token for this resource.");

    if (req.method === "PUT") {
      const pathname = url.searchParams.get("pathname") ?? "";
      const contentType = String(req.headers["x-content-type"] ?? "application/octet-stream");
      const body = await readBody(req);
      if (client) {
        if (client.pathname !== pathname) return refuse(400, "bad_request", "The pathname does not match the client token.");
        if (Date.now() > client.validUntil) return refuse(403, "client_token_expired", "The client token has expired.");
        if (client.allowedContentTypes && !client.allowedContentTypes.includes(contentType))
          return refuse(400, "content_type_not_allowed", `Content type mismatch, ${contentType} is not allowed.`);
        if (client.maximumSizeInBytes !== undefined && body.length > client.maximumSizeInBytes)
          return refuse(400, "file_too_large", "File is too large.");
        if (client.allowOverwrite !== true && blobs.has(pathname)) return refuse(400, "bad_request", "This blob already exists.");
      }
      blobs.set(pathname, { body, contentType });
      log.push(`PUT ${client ? "client" : "rw"} ${pathname}`);
      const result = described(pathname, blobs.get(pathname)!);
      json(200, result);
      // The store's webhook, after the object is committed, signed with the read-write token.
      if (client?.onUploadCompleted) {
        const event = JSON.stringify({
          type: "blob.upload-completed",
          payload: { blob: result, tokenPayload: client.onUploadCompleted.tokenPayload },
        });
        void fetch(client.onUploadCompleted.callbackUrl, {
          method: "POST",
          headers: { "content-type": "application/json", "x-vercel-signature": createHmac("sha256", rwToken).update(event).digest("hex") },
          body: event,
        })
          .then((r) => log.push(`CALLBACK ${r.status}`))
          .catch((e: unknown) => log.push(`CALLBACK failed ${String(e)}`));
      }
      return;
    }
    if (!readWrite) return refuse(403, "forbidden", "A client token only uploads.");
    if (req.method === "GET" && url.searchParams.has("url")) {
      const target = url.searchParams.get("url") ?? "";
      const pathname = target.startsWith("http") ? new URL(target).pathname.replace(/^\/blobs\//, "") : target;
      const blob = blobs.get(pathname);
      if (!blob) return json(404, { error: { code: "not_found", message: "The requested blob does not exist" } });
      return json(200, {
        ...described(pathname, blob),
        size: blob.body.length,
        cacheControl: "public, max-age=60",
        uploadedAt: new Date().toISOString(),
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
  return { base, blobs, log, close: () => new Promise((r) => server.close(() => r())) };
}
