// GET /api/blob/<key>: serves objects of the local storage adapter (the embedded stand-in for Vercel Blob,
// whose objects have their own public URLs). proxy.ts skips this path: pictures need no session cookie.
// Only the public prefixes are served (seed pictures, thumbnails): an uploaded original — the photo exactly as
// sent, GPS and all — answers 404 like a key that does not exist.
import { createHash } from "node:crypto";
import { z } from "zod";
import { isPublicStorageKey } from "@/core/images/storage-port";
import { AppError } from "@/core/errors/app-error";
import { getStorage } from "@/infra/storage/get-storage";
import { jsonRoute } from "@/infra/http/json-route";

// Reads live storage; uploads appear without a rebuild.
export const dynamic = "force-dynamic";

const keySchema = z
  .array(z.string())
  .min(1)
  .transform((segments) => segments.join("/"))
  .refine(isPublicStorageKey);

// Seed pictures and thumbnails (the only keys served) are written once under content-specific keys and never
// change: cache forever.
const CACHE_CONTROL = "public, max-age=31536000, immutable";

// Bad and missing keys answer alike, so the route reveals nothing about what exists.
const notFound = () => AppError.of("not_found", "image.noSuchFile");

function matchesEtag(ifNoneMatch: string | null, etag: string): boolean {
  if (!ifNoneMatch) return false;
  // Weak comparison (RFC 9110 §13.1.2): W/"x" matches "x".
  const strip = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || strip(tag) === etag);
}

export const GET = jsonRoute<undefined, undefined, { key: string[] }>({}, async ({ request, params }) => {
  const parsed = keySchema.safeParse(params.key);
  if (!parsed.success) throw notFound();
  const object = await getStorage().get(parsed.data);
  if (!object) throw notFound();

  const etag = `"${createHash("sha1").update(object.body).digest("base64url")}"`;
  const headers = new Headers({
    "Cache-Control": CACHE_CONTROL,
    ETag: etag,
    // Uploaded files must never be sniffed into something executable (e.g. HTML).
    "X-Content-Type-Options": "nosniff",
  });
  if (matchesEtag(request.headers.get("if-none-match"), etag)) return new Response(null, { status: 304, headers });

  headers.set("Content-Type", object.contentType);
  headers.set("Content-Length", String(object.size));
  return new Response(new Uint8Array(object.body), { status: 200, headers });
});
