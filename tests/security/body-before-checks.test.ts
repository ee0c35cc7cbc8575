// Issue 23, row 2: a 9 MB multipart body to /api/monolith/admin/pets without a session was read and buffered before
// the 403, and an 8 MB body to /api/class/join before its 2 KB check; thirty clients in parallel could exhaust the
// laptop's memory. Sent here as the attacker sends them, through the real route handlers, with a body that counts
// how many bytes the server pulled from it.
import { beforeEach, describe, expect, it, vi } from "vitest";

// The monolith's session comes from next/headers, which only exists inside Next's request scope: these two give
// the route the test request's headers and cookies (an in-process stand-in, nothing else is faked).
const current = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock("next/headers", () => ({
  headers: async () => current.headers,
  cookies: async () => {
    const jar = new Map<string, string>();
    for (const part of (current.headers.get("cookie") ?? "").split(";")) {
      const eq = part.indexOf("=");
      if (eq > 0) jar.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
    }
    return { get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined) };
  },
}));

const { NextRequest } = await import("next/server");
const { POST: addPet } = await import("@/app/api/monolith/admin/pets/route");
const { POST: join } = await import("@/app/api/class/join/route");
const { POST: purchase } = await import("@/app/api/functions/purchase/route");
const { newSessionId } = await import("@/monolith/session/session-cookie");
const { takeUploadSlot, MAX_PARALLEL_UPLOADS } = await import("@/infra/http/upload-slots");

/** A body of `total` bytes in 64 KB chunks that records how much of it was read. */
function countedBody(total: number) {
  const seen = { bytes: 0 };
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= total) return controller.close();
      const chunk = new Uint8Array(Math.min(64 * 1024, total - sent)).fill(97);
      sent += chunk.byteLength;
      seen.bytes += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, seen };
}

function post(url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>) {
  // duplex: "half" lets a request carry a stream body (Node's fetch requires it; the DOM types lack it).
  const init = { method: "POST", body, headers, duplex: "half" } as unknown as ConstructorParameters<typeof NextRequest>[1];
  const request = new NextRequest(url, init);
  current.headers = new Headers(headers);
  return request;
}

const NINE_MB = 9 * 1024 * 1024;
const EIGHT_MB = 8 * 1024 * 1024;

beforeEach(() => {
  current.headers = new Headers();
});

describe("no large body is read before the cheap checks", () => {
  it("a 9 MB photo post without a session: 403, and (almost) nothing of it read", async () => {
    const { stream, seen } = countedBody(NINE_MB);
    const res = await addPet(
      post("http://localhost/api/monolith/admin/pets", stream, {
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(NINE_MB),
      }),
    );
    expect(seen.bytes).toBeLessThanOrEqual(128 * 1024); // at most what a stream buffers ahead, never the body
    expect(res.status).toBe(403);
  });

  it("the same with a session cookie of a visitor who is not logged in: sent back, body not read", async () => {
    const { stream, seen } = countedBody(NINE_MB);
    const res = await addPet(
      post("http://localhost/api/monolith/admin/pets", stream, {
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(NINE_MB),
        cookie: `pst_sid=${newSessionId()}`,
      }),
    );
    expect(seen.bytes).toBeLessThanOrEqual(128 * 1024);
    expect([303, 403]).toContain(res.status);
  });

  it("an 8 MB join: 413 from its declared size, nothing read", async () => {
    const { stream, seen } = countedBody(EIGHT_MB);
    const res = await join(
      post("http://localhost/api/class/join", stream, { "content-type": "application/json", "content-length": String(EIGHT_MB) }),
    );
    expect(seen.bytes).toBeLessThanOrEqual(128 * 1024);
    expect(res.status).toBe(413);
  });

  it("an 8 MB join without a Content-Length (chunked): cut off at the cap, 413", async () => {
    const { stream, seen } = countedBody(EIGHT_MB);
    const res = await join(post("http://localhost/api/class/join", stream, { "content-type": "application/json" }));
    expect(seen.bytes).toBeLessThanOrEqual(128 * 1024);
    expect(res.status).toBe(413);
  });

  it("an 8 MB order to the purchase function without a token: refused, body not read", async () => {
    const { stream, seen } = countedBody(EIGHT_MB);
    const res = await purchase(
      post("http://localhost/api/functions/purchase", stream, { "content-type": "application/json", "content-length": String(EIGHT_MB) }),
    );
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(seen.bytes).toBeLessThanOrEqual(128 * 1024);
  });

  it("parallel uploads are bounded: past the limit a slot is refused with 429 until one is given back", () => {
    const held = Array.from({ length: MAX_PARALLEL_UPLOADS }, () => takeUploadSlot());
    expect(() => takeUploadSlot()).toThrow(expect.objectContaining({ status: 429 }));
    held.pop()!();
    const again = takeUploadSlot();
    again();
    for (const release of held) release();
  });
});
