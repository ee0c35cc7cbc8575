// The one JSON route wrapper: the checks run in one order, before a byte of the body is read, and whatever the
// operation throws comes back as the one error shape — never a stack trace, never a cached answer.
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/core/errors/app-error";
import { CLASS_KEY_HEADER } from "@/infra/access/instructor-access";
import { appSecrets } from "@/infra/secrets/app-secrets";
import { jsonRoute } from "./json-route";

const URL_BASE = "http://localhost:3000/api/x";
const post = (body: string, headers: Record<string, string> = {}) =>
  new Request(URL_BASE, { method: "POST", body, headers: { "content-type": "application/json", host: "localhost:3000", ...headers } });
const schema = z.object({ n: z.number({ error: "n must be a number." }) });

describe("jsonRoute", () => {
  it("answers a JSON value as 200, not cached, with the body parsed by the schema", async () => {
    const route = jsonRoute({ body: { schema } }, ({ body }) => ({ twice: body.n * 2 }));
    const res = await route(post('{"n":21}'));
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toEqual({ twice: 42 });
  });

  it("checks who, then the site, then the throttle, then the body — and never calls the operation on a refusal", async () => {
    const operation = vi.fn(() => ({}));
    const limit = vi.fn(async () => {
      throw AppError.of("rate_limited", "client.tooManyRequests", {}, { retryAfterSeconds: 7 });
    });
    const route = jsonRoute({ who: "instructor", limit, body: { schema } }, operation);
    // No key at all: 401 before the content type is looked at.
    const noKey = await route(post("{", { "content-type": "text/plain" }));
    expect(noKey.status).toBe(401);
    expect(await noKey.json()).toMatchObject({ error: { code: "unauthorized" } });
    const key = { [CLASS_KEY_HEADER]: appSecrets().classKey };
    // The key, but not JSON: 400 before the throttle is spent; another site's page: 403.
    expect((await route(post("{}", { ...key, "content-type": "text/plain" }))).status).toBe(400);
    expect((await route(post("{}", { ...key, "sec-fetch-site": "cross-site" }))).status).toBe(403);
    expect(limit).not.toHaveBeenCalled();
    // Same site: the throttle answers 429 with Retry-After, before the (bad) body is read.
    const limited = await route(post("{", key));
    expect(limited.status).toBe(429);
    expect(limited.headers.get("retry-after")).toBe("7");
    expect(operation).not.toHaveBeenCalled();
  });

  it("maps a bad body to 400 with the schema's sentence and an oversize one to 413", async () => {
    const route = jsonRoute({ body: { schema, maxBytes: 20 } }, () => ({}));
    const bad = await route(post('{"n":"x"}'));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error).toEqual({ code: "bad_request", message: "n must be a number." });
    const notJson = await route(post("{"));
    expect(notJson.status).toBe(400);
    const big = await route(post(JSON.stringify({ n: 1, pad: "x".repeat(100) })));
    expect(big.status).toBe(413);
  });

  it("parses the query with its schema (400 with the sentence)", async () => {
    const route = jsonRoute({ query: z.object({ since: z.coerce.number({ error: "since must be a number." }) }) }, ({ query }) => query);
    expect(await (await route(new Request(`${URL_BASE}?since=5`))).json()).toEqual({ since: 5 });
    const bad = await route(new Request(`${URL_BASE}?since=x`));
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toBe("since must be a number.");
  });

  it("turns an unexpected throw into a 500 without internals, and keeps an answer's own Cache-Control", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const broken = jsonRoute({}, () => {
      throw new Error("SQLITE_BUSY at /work/secret/path.ts:12:3");
    });
    const res = await broken(new Request(URL_BASE));
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain("SQLITE");
    expect(text).not.toContain("/work/");
    errors.mockRestore();
    const cached = jsonRoute({}, () => Response.json({}, { headers: { "Cache-Control": "public, max-age=60" } }));
    expect((await cached(new Request(URL_BASE))).headers.get("cache-control")).toBe("public, max-age=60");
  });

  it("answers in the caller's language (the code stays)", async () => {
    const route = jsonRoute({ sameOrigin: "origin" }, () => ({}));
    const res = await route(
      new Request(URL_BASE, { method: "DELETE", headers: { "sec-fetch-site": "cross-site", "accept-language": "zh-CN" } }),
    );
    expect(res.status).toBe(403);
    const { error } = await res.json();
    expect(error.code).toBe("forbidden");
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
