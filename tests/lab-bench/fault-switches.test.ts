// The lab bench's failure switches against real parts: the search and purchase route handlers (gateway + the one
// function runtime), the monolith's in-process search and checkout, the real Prisma client on the test database,
// the monolith's image consumer with local storage. Each switch: its effect while on, and recovery once off.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { GET as search } from "@/app/api/functions/search/route";
import { GET as categories } from "@/app/api/baas/categories/route";
import { faultState } from "@/infra/faults/fault-state";
import { getImageStatus } from "@/infra/images/get-image-status";
import { prisma } from "@/infra/db/prisma-client";
import { listCategories } from "@/infra/catalog/list-categories";
import { searchCatalog } from "@/monolith/search/search-catalog";
import { parseSearchQuery } from "@/core/search/search-query-schema";
import { enqueueImageJob } from "@/monolith/images/enqueue-image-job";
import { waitForJob } from "../db-fixtures";
import { runImageConsumer, type ImageConsumer } from "@/monolith/images/run-image-consumer";
import { resetThrottles } from "@/infra/throttle/throttle";
import { listInstances, resetFunctionInstances, runtimeLimits, setRuntimeLimits } from "@/serverless/runtime/function-runtime";
import { makeJpeg } from "../images/image-fixtures";
import { anonymousToken, call, createCategory, createPet } from "../serverless/serverless-test-helpers";

let consumer: ImageConsumer | undefined;
beforeEach(async () => {
  faultState.reset();
  await resetThrottles();
  resetFunctionInstances();
  setRuntimeLimits({});
});
afterEach(async () => {
  faultState.reset();
  await consumer?.stop();
  consumer = undefined;
});

const timed = async <T>(fn: () => Promise<T>) => {
  const t0 = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - t0 };
};
const searchQuery = parseSearchQuery({ q: "dog" });

describe("concurrency limit", () => {
  it("throttles the function beyond the limit with 429 (the monolith has no cap), and lifts when off", async () => {
    const cat = await createCategory("conc");
    await createPet(cat.id, { name: "Concurrency dog" });
    faultState.set("concurrency-limit", { enabled: true, params: { limit: 1 } });
    faultState.set("cold-start-delay", { enabled: true, params: { ms: 200 } }); // keeps the first instance busy
    expect(runtimeLimits().maxConcurrency).toBe(1);
    const statuses = (await Promise.all([1, 2, 3].map(() => call(search, "/api/functions/search?q=dog")))).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 429, 429]);
    // The monolith's search is a call inside the process: all three are served, they just share the CPU.
    const mono = await Promise.all([1, 2, 3].map(() => searchCatalog(searchQuery)));
    expect(mono).toHaveLength(3);

    faultState.set("concurrency-limit", { enabled: false, params: { limit: 1 } });
    const after = (await Promise.all([1, 2, 3].map(() => call(search, "/api/functions/search?q=dog")))).map((r) => r.status);
    expect(after).toEqual([200, 200, 200]);
  });
});

describe("cold-start delay", () => {
  it("makes every new instance wait, warm calls do not; off again → cold starts are quick", async () => {
    faultState.set("cold-start-delay", { enabled: true, params: { ms: 300 } });
    const cold = await timed(() => call(search, "/api/functions/search?q=cat"));
    expect(cold.value.headers.get("x-cold-start")).toBe("true");
    expect(cold.ms).toBeGreaterThanOrEqual(295);
    const warm = await timed(() => call(search, "/api/functions/search?q=cat"));
    expect(warm.value.headers.get("x-cold-start")).toBe("false");
    expect(warm.ms).toBeLessThan(250);

    faultState.set("cold-start-delay", { enabled: false, params: { ms: 300 } });
    resetFunctionInstances();
    const recovered = await timed(() => call(search, "/api/functions/search?q=cat"));
    expect(recovered.value.headers.get("x-cold-start")).toBe("true");
    expect(recovered.ms).toBeLessThan(295);
  });
});

describe("function timeout", () => {
  it("stops the slow function with 504 and throws its instance away, while the monolith's slow search just takes longer", async () => {
    faultState.set("function-timeout", { enabled: true, params: { timeoutMs: 100, slowMs: 300 } });
    const res = await timed(() => call(search, "/api/functions/search?q=dog"));
    expect(res.value.status).toBe(504);
    expect(((await res.value.json()) as { error: { code: string } }).error.code).toBe("timeout");
    expect(res.ms).toBeLessThan(290);
    expect(listInstances().filter((i) => i.functionName === "search")).toHaveLength(0);

    const mono = await timed(() => searchCatalog(searchQuery));
    expect(mono.value.total).toBeGreaterThanOrEqual(0);
    expect(mono.ms).toBeGreaterThanOrEqual(295);

    faultState.set("function-timeout", { enabled: false, params: { timeoutMs: 100, slowMs: 300 } });
    expect((await call(search, "/api/functions/search?q=dog")).status).toBe(200);
    expect((await timed(() => searchCatalog(searchQuery))).ms).toBeLessThan(250);
  });
});

describe("database latency", () => {
  it("slows every query of both stores (data API read, monolith catalog read), and only while on", async () => {
    const token = await anonymousToken();
    faultState.set("database-latency", { enabled: true, params: { ms: 500 } });
    const sls = await timed(() => call(categories, "/api/baas/categories", { token }));
    expect(sls.value.status).toBe(200);
    expect(sls.ms).toBeGreaterThanOrEqual(495);
    const mono = await timed(() => listCategories());
    expect(mono.ms).toBeGreaterThanOrEqual(495);

    faultState.set("database-latency", { enabled: false, params: { ms: 500 } });
    expect((await timed(() => call(categories, "/api/baas/categories", { token }))).ms).toBeLessThan(450);
    expect((await timed(() => listCategories())).ms).toBeLessThan(450);
  });
});

async function slugOf(): Promise<string> {
  return (await createCategory("img")).slug;
}

const quiet = () => undefined;

describe("storage outage (monolith consumer)", () => {
  // Short timings through the consumer's configuration (the server's default: 2 s … 30 s, for 10 minutes).
  const outagePolicy = { baseMs: 100, maxMs: 400, maxWaitMs: 60_000 };

  it("an upload made during an outage many retry budgets long waits (not failing, not processed) and ends processed exactly once after it", async () => {
    const category = await slugOf();
    const jpeg = await makeJpeg();
    const image = () => new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" });
    const name = `Outage ${Date.now()}`;
    faultState.set("storage-outage", { enabled: true, params: {} });
    // The upload bucket stays up: the original is stored and the job queued although storage is "down".
    const { imageId } = await enqueueImageJob({ name, category, price: "10", stock: "1", image: image() });
    consumer = runImageConsumer({ pollMs: 50, backoffBaseMs: 50, outagePolicy, log: quiet });
    // 3 s of outage: with 50 ms between ordinary retries the 3 attempts would be gone in 150 ms.
    await new Promise((r) => setTimeout(r, 3_000));
    const during = await getImageStatus(imageId);
    expect(during?.status).toBe("waiting");
    const store = during?.steps.find((s) => s.step === "store");
    expect(store?.status).toBe("waiting");
    expect(store?.error).toMatch(/^Storage is unavailable: waiting, next try in/);
    const row = await prisma.imageStep.findUniqueOrThrow({ where: { imageId_step: { imageId, step: "store" } } });
    expect(row.outageRetries).toBeGreaterThanOrEqual(3);
    const job = await prisma.imageJob.findUniqueOrThrow({ where: { imageId } });
    expect(job.status === "queued" || job.status === "running").toBe(true);
    // Waits are not attempts.
    expect(job.attempts).toBeLessThanOrEqual(1);
    expect(await prisma.pet.count({ where: { name } })).toBe(0);

    faultState.set("storage-outage", { enabled: false, params: {} });
    const done = await waitForJob(imageId, ["done", "dead"]);
    expect(done.status).toBe("done");
    expect(done.attempts).toBe(1);
    expect(await prisma.pet.count({ where: { name } })).toBe(1);
    expect(await prisma.image.count({ where: { id: imageId } })).toBe(1);
    expect((await getImageStatus(imageId))?.status).toBe("done");
  });

  it("an outage longer than the wait allowed dead-letters the upload with the reason", async () => {
    const category = await slugOf();
    const jpeg = await makeJpeg();
    faultState.set("storage-outage", { enabled: true, params: {} });
    const { imageId } = await enqueueImageJob({
      name: `Long outage ${Date.now()}`,
      category,
      price: "10",
      stock: "1",
      image: new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }),
    });
    consumer = runImageConsumer({ pollMs: 50, backoffBaseMs: 50, outagePolicy: { baseMs: 100, maxMs: 200, maxWaitMs: 1_000 }, log: quiet });
    const dead = await waitForJob(imageId, ["done", "dead"], 10_000);
    faultState.set("storage-outage", { enabled: false, params: {} });
    expect(dead.status).toBe("dead");
    expect(dead.lastError).toMatch(/unavailable for more than 1 s/);
  });
});

describe("consumer down (monolith)", () => {
  it("claims nothing while down (the backlog waits), then drains it", async () => {
    const category = await slugOf();
    const jpeg = await makeJpeg();
    faultState.set("consumer-down", { enabled: true, params: {} });
    consumer = runImageConsumer({ pollMs: 50, log: quiet });
    const ids = [];
    for (let i = 0; i < 2; i++)
      ids.push(
        (
          await enqueueImageJob({
            name: `Backlog ${i} ${Date.now()}`,
            category,
            price: "10",
            stock: "1",
            image: new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }),
          })
        ).imageId,
      );
    await new Promise((r) => setTimeout(r, 400));
    expect((await prisma.imageJob.findMany({ where: { imageId: { in: ids } } })).map((j) => j.status)).toEqual(["queued", "queued"]);
    faultState.set("consumer-down", { enabled: false, params: {} });
    for (const id of ids) expect((await waitForJob(id, ["done", "dead"])).status).toBe("done");
  });
});

describe("poison image (monolith consumer)", () => {
  it("fails every attempt, then is dead-lettered with its reason; photos after the switch is off are processed", async () => {
    const category = await slugOf();
    const jpeg = await makeJpeg();
    faultState.set("poison-image", { enabled: true, params: {} });
    consumer = runImageConsumer({ pollMs: 50, backoffBaseMs: 50, log: quiet });
    const { imageId } = await enqueueImageJob({
      name: `Poison ${Date.now()}`,
      category,
      price: "10",
      stock: "1",
      image: new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }),
    });
    const dead = await waitForJob(imageId, ["done", "dead"]);
    expect(dead.status).toBe("dead");
    expect(dead.attempts).toBe(3);
    expect(dead.lastError).toMatch(/poison image/);

    faultState.set("poison-image", { enabled: false, params: {} });
    const { imageId: fine } = await enqueueImageJob({
      name: `After poison ${Date.now()}`,
      category,
      price: "10",
      stock: "1",
      image: new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }),
    });
    expect((await waitForJob(fine, ["done", "dead"])).status).toBe("done");
  });
});

describe("short token lifetime (serverless)", () => {
  it("new tokens live only the set seconds; off again → the configured lifetime", async () => {
    const { GET: token } = await import("@/app/api/baas/token/route");
    const lifetime = async () => {
      const body = (await (await call(token, "/api/baas/token")).json()) as { expiresAt: string };
      return (Date.parse(body.expiresAt) - Date.now()) / 1000;
    };
    faultState.set("short-token-lifetime", { enabled: true, params: { seconds: 40 } });
    expect(await lifetime()).toBeLessThanOrEqual(40);
    expect(await lifetime()).toBeGreaterThan(35);
    faultState.set("short-token-lifetime", { enabled: false, params: { seconds: 40 } });
    expect(await lifetime()).toBeGreaterThan(250); // BAAS_TOKEN_TTL_SECONDS, 300 by default
  });
});
