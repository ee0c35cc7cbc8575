// The search function: its index artifact in blob storage, cold vs warm instances, idle expiry, catalog
// changes picked up per call, the exact response shape, and throttling beyond the concurrency limit.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET as search, POST as searchPost } from "@/app/api/functions/search/route";
import { prisma } from "@/infra/db/prisma-client";
import { catalogVersion, loadSearchDocuments } from "@/infra/search/load-search-documents";
import MiniSearch from "minisearch";
import type { SearchDocument } from "@/core/search/search-document";
import { SEARCH_INDEX_FORMAT, SEARCH_INDEX_OPTIONS } from "@/core/search/search-index";
import { getStorage } from "@/infra/storage/get-storage";
import { SEARCH_INDEX_KEY, SEARCH_META_KEY } from "@/serverless/functions/search/search-artifact-keys";
import {
  ensureSearchArtifactCurrent,
  readSearchArtifactMeta,
  writeSearchArtifact,
} from "@/serverless/functions/search/write-search-artifact";
import { resetThrottles } from "@/infra/throttle/throttle";
import { listInvocations } from "@/serverless/runtime/invocation-log";
import { resetFunctionInstances, setRuntimeLimits } from "@/serverless/runtime/function-runtime";
import { anonymousToken, call, createCategory, createPet, unique } from "./serverless-test-helpers";
import { searchResponseSchema, type SearchResponse } from "../../core/contract/serverless-api";

type SearchBody = SearchResponse;

beforeEach(async () => {
  await resetThrottles();
  resetFunctionInstances();
  setRuntimeLimits({});
});
afterEach(() => setRuntimeLimits({}));

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("GET /api/functions/search", () => {
  it("answers one round trip: hits carry what a result card shows (price in cents), without a token", async () => {
    const cat = await createCategory("srch");
    const word = unique("zebrafinch").replace(/[^a-z]/g, "");
    const pet = await createPet(cat.id, { name: `Zed ${word}`, priceCents: 12_345, stock: 7 });
    const res = await call(search, `/api/functions/search?q=${word}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("x-served-by")).toBe("function:search");
    const body = await res.json();
    expect(body).toEqual({
      hits: [
        {
          id: pet.id,
          name: pet.name,
          species: "Dog",
          breed: "Mixed",
          priceCents: 12_345,
          stock: 7,
          category: cat.slug,
          categoryName: cat.name,
          thumbnailUrl: null,
        },
      ],
      total: 1,
    });
    // The body is exactly what the contract declares (and the handler could not have sent anything else).
    expect(searchResponseSchema.parse(body)).toEqual(body);
  });

  it("pages with limit/offset (junk normalised), filters by category, lists all for an empty q", async () => {
    const cat = await createCategory("page");
    for (const name of ["Ava", "Bea", "Cid", "Dot", "Eve"]) await createPet(cat.id, { name });
    const page = (await (await call(search, `/api/functions/search?category=${cat.slug}&limit=2&offset=1`)).json()) as SearchBody;
    expect(page.total).toBe(5);
    expect(page.hits.map((h) => h.name)).toEqual(["Bea", "Cid"]);
    const junk = await call(search, `/api/functions/search?category=${cat.slug}&limit=abc&offset=-4`);
    expect(junk.status).toBe(200);
    expect(((await junk.json()) as SearchBody).hits.map((h) => h.name)).toEqual(["Ava", "Bea", "Cid", "Dot", "Eve"]);
    const all = (await (await call(search, "/api/functions/search?q=&limit=60")).json()) as SearchBody;
    expect(all.total).toBe(await prisma.pet.count());
    expect((await call(searchPost, "/api/functions/search", { method: "POST" })).status).toBe(405);
  });

  it("is cold on the first call, warm on the next, and cold again after the idle timeout", async () => {
    setRuntimeLimits({ idleTimeoutMs: 300 });
    const first = await call(search, "/api/functions/search?q=dog");
    const second = await call(search, "/api/functions/search?q=dog");
    expect(first.headers.get("x-cold-start")).toBe("true");
    expect(second.headers.get("x-cold-start")).toBe("false");
    expect(second.headers.get("x-instance-id")).toBe(first.headers.get("x-instance-id"));
    expect(Number(first.headers.get("x-duration-ms"))).toBeGreaterThan(0);
    await sleep(350);
    const third = await call(search, "/api/functions/search?q=dog");
    expect(third.headers.get("x-cold-start")).toBe("true");
    expect(third.headers.get("x-instance-id")).not.toBe(first.headers.get("x-instance-id"));

    const log = listInvocations("search").slice(-3);
    expect(log.map((r) => [r.cold, r.status])).toEqual([
      [true, 200],
      [false, 200],
      [true, 200],
    ]);
    expect(log[0]!.traceId).toBe(first.headers.get("x-trace-id"));
    expect(log[0]!.billedMs).toBeGreaterThanOrEqual(Math.ceil(log[0]!.durationMs));
  });

  it("loads the index from blob storage on a cold start, and rebuilds it when the catalog changed", async () => {
    await writeSearchArtifact();
    const meta = JSON.parse((await getStorage().get(SEARCH_META_KEY))!.body.toString()) as { version: string; documents: number };
    expect(meta.version).toBe(await catalogVersion());
    expect(meta.documents).toBe(await prisma.pet.count());
    expect(await getStorage().get(SEARCH_INDEX_KEY)).not.toBeNull();

    const before = await call(search, "/api/functions/search?q=x");
    expect(before.headers.get("x-index-version")).toBe(meta.version);

    // A new pet: the next call (warm) sees a new catalog version, reloads, and the artifact in storage follows.
    const cat = await createCategory("fresh");
    const word = unique("quokka").replace(/[^a-z]/g, "");
    const pet = await createPet(cat.id, { name: `Quinn ${word}` });
    const after = await call(search, `/api/functions/search?q=${word}`);
    expect(after.headers.get("x-cold-start")).toBe("false");
    expect(((await after.json()) as SearchBody).hits.map((h) => h.id)).toEqual([pet.id]);
    const newMeta = JSON.parse((await getStorage().get(SEARCH_META_KEY))!.body.toString()) as { version: string };
    expect(newMeta.version).toBe(await catalogVersion());
    expect(after.headers.get("x-index-version")).toBe(newMeta.version);
  });

  it("the pipeline's index step rebuilds the artifact only when it is older than the catalog", async () => {
    await ensureSearchArtifactCurrent(); // whatever state storage was in, it is current now
    const builtAt = (await readSearchArtifactMeta())!.builtAt;
    expect(await ensureSearchArtifactCurrent()).toBe("current");
    expect((await readSearchArtifactMeta())!.builtAt).toBe(builtAt); // not written again

    const cat = await createCategory("idx");
    const word = unique("axolotl").replace(/[^a-z]/g, "");
    const pet = await createPet(cat.id, { name: `Axel ${word}` });
    expect(await ensureSearchArtifactCurrent()).toBe("rebuilt");
    const meta = (await readSearchArtifactMeta())!;
    expect(meta.version).toBe(await catalogVersion());
    resetFunctionInstances(); // a cold instance reads the artifact as stored
    const found = await call(search, `/api/functions/search?q=${word}`);
    expect(((await found.json()) as SearchBody).hits.map((h) => h.id)).toEqual([pet.id]);
  });

  it("rebuilds an older build's English-only artifact even for the same catalog, and then finds pets in Chinese", async () => {
    const cat = await createCategory("zh");
    const word = unique("ragdollzh").replace(/[^a-z]/g, "");
    const pet = await createPet(cat.id, { name: `Mimi ${word}` });
    await prisma.pet.update({ where: { id: pet.id }, data: { species: "Cat", breed: "Ragdoll" } });
    // What the build before Chinese search wrote: English fields only, format 1, a meta without a format.
    const { extractField: _zh, tokenize: _tokenize, ...englishOptions } = SEARCH_INDEX_OPTIONS;
    const english = new MiniSearch<SearchDocument>({
      ...englishOptions,
      fields: ["name", "species", "breed", "categoryName", "description"],
    });
    const docs = await loadSearchDocuments();
    english.addAll(docs);
    const body = Buffer.from(JSON.stringify({ version: 1, mini: english, docs }));
    await getStorage().put(SEARCH_INDEX_KEY, body, "application/json");
    const oldMeta = { version: await catalogVersion(), builtAt: new Date().toISOString(), documents: docs.length, bytes: body.length };
    await getStorage().put(SEARCH_META_KEY, Buffer.from(JSON.stringify(oldMeta)), "application/json");

    resetFunctionInstances(); // a cold instance, as after a deploy
    const found = await call(search, `/api/functions/search?q=${encodeURIComponent(`${word} 布偶`)}`);
    expect(((await found.json()) as SearchBody).hits.map((h) => h.id)).toEqual([pet.id]);
    expect((await readSearchArtifactMeta())?.format).toBe(SEARCH_INDEX_FORMAT);
  });

  it("throttles with 429 beyond the function's concurrency limit", async () => {
    setRuntimeLimits({ maxConcurrency: 1, coldStartExtraMs: 200 });
    const [a, b] = await Promise.all([call(search, "/api/functions/search?q=a"), call(search, "/api/functions/search?q=b")]);
    expect([a.status, b.status].sort()).toEqual([200, 429]);
    const throttled = a.status === 429 ? a : b;
    expect(throttled.headers.get("retry-after")).toBe("1");
    expect(((await throttled.json()) as { error: { code: string } }).error.code).toBe("rate_limited");
  });

  it("uses a valid token for the per-user limit; a stale token on this public function is ignored", async () => {
    const ok = await call(search, "/api/functions/search?q=a", { token: await anonymousToken() });
    expect(ok.status).toBe(200);
    const stale = await call(search, "/api/functions/search?q=a", { token: "not.a.token" });
    expect(stale.status).toBe(200);
  });

  it("measures cold (index from storage) vs warm latency", async () => {
    await writeSearchArtifact();
    const cold = await call(search, "/api/functions/search?q=friendly");
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push(Number((await call(search, "/api/functions/search?q=friendly")).headers.get("x-duration-ms")));
    const coldMs = Number(cold.headers.get("x-duration-ms"));
    console.info(`search function at ${await prisma.pet.count()} pets: cold ${coldMs} ms, warm median ${warm.sort((x, y) => x - y)[2]} ms`);
    expect(cold.headers.get("x-cold-start")).toBe("true");
  });
});
