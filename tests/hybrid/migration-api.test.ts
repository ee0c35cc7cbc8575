// GET/PUT/DELETE/POST /api/class/migration against the real route and the real database: the class-wide state
// needs the instructor key, a browser's own state is a cookie that moves no one else, and the row is what every
// instance reads.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { DELETE, GET, POST, PUT } from "@/app/api/class/migration/route";
import { ALL_MONOLITH, ALL_SERVERLESS } from "@/core/migration/migration-state";
import { prisma } from "@/infra/db/prisma-client";
import { appSecrets } from "@/infra/secrets/app-secrets";
import { writeClassMigration } from "@/infra/migration/class-migration-state";

const URL_BASE = "http://localhost:3000/api/class/migration";
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: "PUT",
  headers: { "content-type": "application/json", ...headers },
  body: JSON.stringify(body),
});
const searchMoved = { ...ALL_MONOLITH, search: "serverless" };

beforeEach(async () => {
  await writeClassMigration(ALL_MONOLITH);
});
afterAll(async () => {
  await writeClassMigration(ALL_MONOLITH);
});

describe("/api/class/migration", () => {
  it("starts all-monolith and answers the routing table with it", async () => {
    const res = await GET(new Request(URL_BASE));
    const body = await res.json();
    expect(body).toMatchObject({ ...ALL_MONOLITH, source: "class", stepOnRecommendedPath: 0, instructor: false });
    expect(body.routing.routes.search.servedBy).toBe("in-process-search");
  });

  it("refuses a class-wide change without the instructor key (401) or with a wrong one (403), and keeps the state", async () => {
    expect((await PUT(new Request(URL_BASE, json(searchMoved)))).status).toBe(401);
    expect((await PUT(new Request(URL_BASE, json(searchMoved, { "x-class-key": "guess" })))).status).toBe(403);
    expect((await (await GET(new Request(URL_BASE))).json()).search).toBe("monolith");
  });

  it("lets the instructor move the class; the row in the database says so", async () => {
    const res = await PUT(new Request(URL_BASE, json(searchMoved, { "x-class-key": appSecrets().classKey })));
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ search: "serverless", source: "class", stepOnRecommendedPath: 1 });
    expect((await prisma.classSetting.findUnique({ where: { key: "migration" } }))?.value).toBe("mmmsmm");
  });

  it("refuses a bad body with a 400 a person can read", async () => {
    const res = await PUT(new Request(URL_BASE, json({ ...ALL_MONOLITH, search: "lambda" }, { "x-class-key": appSecrets().classKey })));
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("bad_request");
    const text = await PUT(new Request(URL_BASE, { method: "PUT", headers: { "content-type": "text/plain" }, body: "{}" }));
    expect(text.status).toBe(400);
  });

  it("gives a browser its own state in a cookie, which moves nobody else, until it follows the class again", async () => {
    const res = await PUT(new Request(`${URL_BASE}?scope=browser`, json(ALL_SERVERLESS)));
    expect(res.status).toBe(200);
    const cookie = res.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/pst_migration=ssssss/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(await res.json()).toMatchObject({ pages: "serverless", source: "browser", classState: ALL_MONOLITH });
    // Another browser (no cookie) still sees the class.
    expect((await (await GET(new Request(URL_BASE))).json()).pages).toBe("monolith");
    const mine = await (await GET(new Request(URL_BASE, { headers: { cookie: "pst_migration=ssssss" } }))).json();
    expect(mine).toMatchObject({ pages: "serverless", source: "browser" });
    const follow = await DELETE(
      new Request(`${URL_BASE}?scope=browser`, { method: "DELETE", headers: { cookie: "pst_migration=ssssss" } }),
    );
    expect(follow.headers.get("set-cookie")).toMatch(/pst_migration=;/);
    expect(await follow.json()).toMatchObject({ pages: "monolith", source: "class" });
  });

  it("refuses a cross-site write", async () => {
    const res = await PUT(new Request(`${URL_BASE}?scope=browser`, json(ALL_SERVERLESS, { "sec-fetch-site": "cross-site" })));
    expect(res.status).toBe(403);
    const form = new FormData();
    form.set("auth", "serverless");
    const post = await POST(
      new Request(URL_BASE, { method: "POST", body: form, headers: { origin: "http://evil.example", host: "localhost:3000" } }),
    );
    expect(post.status).toBe(403);
  });

  it("takes the panel's HTML form and sends the browser back to a page of the hybrid or the lens", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(searchMoved)) form.set(k, v);
    form.set("scope", "browser");
    form.set("returnTo", "/architecture");
    const res = await POST(new Request(URL_BASE, { method: "POST", body: form }));
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/architecture");
    expect(res.headers.get("set-cookie")).toMatch(/pst_migration=mmmsmm/);
    form.set("returnTo", "https://evil.example/");
    expect((await POST(new Request(URL_BASE, { method: "POST", body: form }))).headers.get("location")).toBe("/hybrid");
  });

  it("refuses a state whose browser app would reach back into the monolith (409), for the class and a browser, and moves nothing", async () => {
    const pagesFirst = { ...ALL_MONOLITH, pages: "serverless" };
    const asClass = await PUT(new Request(URL_BASE, json(pagesFirst, { "x-class-key": appSecrets().classKey })));
    expect(asClass.status).toBe(409);
    const body = await asClass.json();
    expect(body.error.code).toBe("conflict");
    expect(body.error.message).toMatch(
      /^Not built here: .* Move the pages last: move auth, catalog reads, search, purchase and image pipeline first\.$/,
    );
    expect((await prisma.classSetting.findUnique({ where: { key: "migration" } }))?.value).toBe("mmmmmm");
    const asBrowser = await PUT(new Request(`${URL_BASE}?scope=browser`, json({ ...ALL_SERVERLESS, auth: "monolith" })));
    expect(asBrowser.status).toBe(409);
    expect(asBrowser.headers.get("set-cookie")).toBeNull();

    // The panel's form comes back to the panel with the refused state, which the panel explains.
    const form = new FormData();
    for (const [k, v] of Object.entries(pagesFirst)) form.set(k, v);
    form.set("scope", "browser");
    const post = await POST(new Request(URL_BASE, { method: "POST", body: form }));
    expect(post.status).toBe(303);
    expect(post.headers.get("location")).toBe("/hybrid/migration?migrationRefused=msmmmm");
    expect(post.headers.get("set-cookie")).toBeNull();
  });

  it("does not route by a refused state a browser still carries from before: it follows the class", async () => {
    const res = await GET(new Request(URL_BASE, { headers: { cookie: "pst_migration=msmmmm" } }));
    expect(await res.json()).toMatchObject({ ...ALL_MONOLITH, source: "class" });
  });
});
