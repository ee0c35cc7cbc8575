// The header rewrite of scripts/serve.ts over real HTTP (a plain Node server instead of Next, which needs a
// build; tests/after-build/first-run.test.ts checks the same through the built app's rate limit).
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseTrustProxy, type TrustedProxies } from "../../infra/access/resolve-client-address";
import { rewriteClientAddress } from "../../scripts/serve";

let trusted: TrustedProxies = parseTrustProxy(undefined);
let port = 0;
const server = http.createServer((req, res) => {
  rewriteClientAddress(req, trusted);
  res.setHeader("content-type", "application/json");
  res.end(JSON.stringify({ headers: req.headers, raw: req.rawHeaders }));
});

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise((r) => server.close(r)));

async function seen(headers: Record<string, string>) {
  const res = await fetch(`http://127.0.0.1:${port}/`, { headers });
  return (await res.json()) as { headers: Record<string, string>; raw: string[] };
}

const spoof = { "x-forwarded-for": "9.9.9.9, 8.8.8.8", "x-real-ip": "9.9.9.9", forwarded: "for=9.9.9.9" };

describe("serve.ts client address rewrite", () => {
  it("without TRUST_PROXY replaces whatever the client sent with the socket's address", async () => {
    trusted = parseTrustProxy(undefined);
    const { headers, raw } = await seen(spoof);
    expect(headers["x-forwarded-for"]).toBe("127.0.0.1");
    expect(headers["x-real-ip"]).toBeUndefined();
    expect(headers.forwarded).toBeUndefined();
    const rawNames = raw.filter((_, i) => i % 2 === 0).map((n) => n.toLowerCase());
    expect(rawNames.filter((n) => n === "x-forwarded-for")).toHaveLength(1);
    expect(rawNames).not.toContain("x-real-ip");
    expect(rawNames).not.toContain("forwarded");
    expect(raw[raw.indexOf("X-Forwarded-For") + 1]).toBe("127.0.0.1");
  });

  it("with TRUST_PROXY=loopback believes the nearest hop the local proxy appended", async () => {
    trusted = parseTrustProxy("loopback");
    expect((await seen(spoof)).headers["x-forwarded-for"]).toBe("8.8.8.8");
  });
});
