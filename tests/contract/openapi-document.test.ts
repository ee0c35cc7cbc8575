// The published API document: valid OpenAPI 3.1 by a standard validator, every serverless route in it (and nothing
// that is not served), and real answers of the real handlers validating against it — one that drifts does not.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { Validator } from "@seriousme/openapi-schema-validator";
import { beforeEach, describe, expect, it } from "vitest";
import { GET as openApiJson } from "@/app/api/openapi.json/route";
import { GET as purchaseHandler } from "@/app/api/functions/purchase/route";
import { GET as searchHandler } from "@/app/api/functions/search/route";
import { GET as categoriesHandler } from "@/app/api/baas/categories/route";
import { POST as purchase } from "@/app/api/functions/purchase/route";
import { documentedOperations } from "@/core/contract/openapi-document";
import { resetThrottles } from "@/infra/throttle/throttle";
import { anonymousToken, call, createCategory, createPet, createUser, unique, userToken } from "../serverless/serverless-test-helpers";
import { createResponseValidator } from "./openapi-response-validator";

const ROOT = path.resolve(import.meta.dirname, "../..");

async function publishedDocument(): Promise<Record<string, unknown>> {
  const res = await openApiJson(new Request("http://localhost/api/openapi.json"));
  expect(res.status).toBe(200);
  return (await res.json()) as Record<string, unknown>;
}

beforeEach(async () => {
  await resetThrottles();
});

describe("GET /api/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document (@seriousme/openapi-schema-validator)", async () => {
    const doc = await publishedDocument();
    expect(doc.openapi).toBe("3.1.0");
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("the validator is not a rubber stamp: a broken document fails", async () => {
    const doc = await publishedDocument();
    const broken = { ...doc, paths: { "/api/baas/categories": { get: { responses: { "200": { content: 5 } } } } } };
    expect((await new Validator().validate(broken)).valid).toBe(false);
  });

  it("lists every route the serverless API serves (data API, functions, token, uploads), and only those", async () => {
    const documented = new Set(documentedOperations(await publishedDocument()));
    const served = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name === "route.ts") {
          const route = "/" + path.relative(path.join(ROOT, "app"), dir).replace(/\[([^\]]+)\]/g, "{$1}");
          const src = readFileSync(full, "utf8");
          // Exported methods that answer (not the 405 stand-ins such as `export const POST = readOnly;`).
          for (const m of src.matchAll(
            /export (?:const (GET|POST|PUT|PATCH|DELETE) = ([^;]+);|async function (GET|POST|PUT|PATCH|DELETE)\b)/g,
          )) {
            const method = m[1] ?? m[3]!;
            if (m[2] && /^\w+$/.test(m[2].trim())) continue;
            served.add(`${method} ${route}`);
          }
        }
      }
    };
    for (const dir of ["api/baas", "api/functions", "api/serverless"]) walk(path.join(ROOT, "app", dir));
    expect(served.size).toBeGreaterThan(8);
    expect([...documented].sort()).toEqual([...served].sort());
    for (const op of documented) {
      const file = path.join(ROOT, "app", op.split(" ")[1]!.replace(/\{([^}]+)\}/g, "[$1]"), "route.ts");
      expect(existsSync(file), file).toBe(true);
    }
  });

  it("real answers of the handlers validate against the document; a drifted body does not", async () => {
    const check = createResponseValidator(await publishedDocument());
    const cat = await createCategory("oas");
    const word = unique("oaspet").replace(/[^a-z]/g, "");
    const pet = await createPet(cat.id, { name: `Oas ${word}`, priceCents: 4_200, stock: 5 });

    const search = await call(searchHandler, `/api/functions/search?q=${word}`);
    const searchBody = await search.json();
    expect(check("GET", `/api/functions/search?q=${word}`, search.status, searchBody)).toEqual({
      operation: "GET /api/functions/search",
      errors: [],
    });
    // The same answer after a drift (a renamed field, a dollar price, an extra field) fails against the schema.
    const hit = searchBody.hits[0];
    const { priceCents, ...withoutCents } = hit;
    expect(
      check("GET", "/api/functions/search", 200, { ...searchBody, hits: [{ ...withoutCents, price: priceCents / 100 }] }).errors,
    ).not.toEqual([]);
    expect(check("GET", "/api/functions/search", 200, { ...searchBody, total: "1" }).errors).not.toEqual([]);

    const categories = await call(categoriesHandler, "/api/baas/categories", { token: await anonymousToken() });
    expect(check("GET", "/api/baas/categories", categories.status, await categories.json()).errors).toEqual([]);
    const unauthorized = await call(categoriesHandler, "/api/baas/categories");
    expect(unauthorized.status).toBe(401);
    expect(check("GET", "/api/baas/categories", 401, await unauthorized.json()).errors).toEqual([]);

    const user = await createUser("oas");
    const token = await userToken(user.id);
    const body = JSON.stringify({ items: [{ petId: pet.id, quantity: 1 }], idempotencyKey: unique("oas-key") });
    const placed = await call(purchase, "/api/functions/purchase", { method: "POST", token, body });
    expect(placed.status).toBe(201);
    expect(check("POST", "/api/functions/purchase", 201, await placed.json()).errors).toEqual([]);
    const empty = await call(purchase, "/api/functions/purchase", {
      method: "POST",
      token,
      body: JSON.stringify({ items: [], idempotencyKey: unique("oas-key") }),
    });
    expect(empty.status).toBe(400);
    expect(check("POST", "/api/functions/purchase", 400, await empty.json()).errors).toEqual([]);
    // A status the document does not list is drift too.
    const wrongMethod = await call(purchaseHandler, "/api/functions/purchase");
    expect(check("GET", "/api/functions/purchase", wrongMethod.status, await wrongMethod.json()).errors).not.toEqual([]);
  });
});
