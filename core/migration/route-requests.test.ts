import { describe, expect, it } from "vitest";
import {
  ALL_MONOLITH,
  ALL_SERVERLESS,
  CAPABILITIES,
  allMigrationStates,
  decodeMigrationState,
  encodeMigrationState,
  migrationStateSchema,
  type MigrationState,
} from "./migration-state";
import { BRIDGES_NOT_BUILT, REQUEST_KINDS, routeRequests } from "./route-requests";
import { RECOMMENDED_MOVES, recommendedStates, stepOnRecommendedPath } from "./recommended-path";

const name = (s: MigrationState) => encodeMigrationState(s);

describe("migration state", () => {
  it("has 64 distinct combinations that round-trip through the compact form", () => {
    const all = allMigrationStates();
    expect(all).toHaveLength(64);
    expect(new Set(all.map(name)).size).toBe(64);
    for (const s of all) expect(decodeMigrationState(encodeMigrationState(s))).toEqual(s);
    expect(encodeMigrationState(ALL_MONOLITH)).toBe("mmmmmm");
    expect(encodeMigrationState({ ...ALL_MONOLITH, search: "serverless" })).toBe("mmmsmm");
  });

  it("refuses anything else", () => {
    expect(decodeMigrationState("mmmmm")).toBeUndefined();
    expect(decodeMigrationState("mmmmmx")).toBeUndefined();
    expect(migrationStateSchema.safeParse({ ...ALL_MONOLITH, search: "lambda" }).success).toBe(false);
    expect(migrationStateSchema.safeParse({ ...ALL_MONOLITH, extra: "monolith" }).success).toBe(false);
    expect(migrationStateSchema.safeParse({ auth: "monolith" }).success).toBe(false);
  });
});

describe("routeRequests over all 64 states", () => {
  for (const state of allMigrationStates()) {
    it(`routes ${name(state)}`, () => {
      const t = routeRequests(state);
      const spa = state.pages === "serverless";

      // The shell, and JavaScript-off support, follow the pages alone.
      expect(t.shell).toBe(spa ? "spa" : "server-pages");
      expect(t.worksWithoutJavaScript).toBe(!spa);
      for (const kind of REQUEST_KINDS) expect(t.routes[kind].hops[0]).toBe(t.shell);

      // Each capability's request is served by that capability's side, and only by it.
      expect(t.routes.search.servedBy).toBe(state.search === "serverless" ? "search-function" : "in-process-search");
      expect(t.routes.search.hops.includes("gateway")).toBe(state.search === "serverless");
      expect(t.routes.purchase.servedBy).toBe(state.purchase === "serverless" ? "purchase-function" : "in-process-checkout");
      expect(t.routes["catalog-read"].servedBy).toBe(state.catalog === "serverless" ? "data-api" : "in-process-query");
      expect(t.routes["log-in"].servedBy).toBe(state.auth === "serverless" ? "baas-auth" : "session-auth");
      expect(t.routes["image-upload"].servedBy).toBe(state.images === "serverless" ? "pipeline-steps" : "image-consumer");
      expect(t.routes.cart.servedBy).toBe(spa ? "browser-cart" : "server-cart");
      // A purchase always passes the auth that is in charge, before whatever checks out.
      expect(t.routes.purchase.hops[1]).toBe(state.auth === "serverless" ? "baas-auth" : "session-auth");
      expect(t.routes.page.side).toBe(state.pages);
      expect(t.routes.search.side).toBe(state.search);
      expect(t.routes.purchase.side).toBe(state.purchase);
      expect(t.routes["order-history"].side).toBe(state.catalog);

      // The bridges: exactly where the two halves meet.
      const has = (b: string) => t.bridges.includes(b as never);
      expect(has("pages-call-search-function")).toBe(!spa && state.search === "serverless");
      expect(has("spa-searches-monolith")).toBe(spa && state.search === "monolith");
      expect(has("pages-read-data-api")).toBe(!spa && state.catalog === "serverless");
      expect(has("spa-catalog-from-monolith")).toBe(spa && state.catalog === "monolith");
      expect(has("session-to-token")).toBe(
        state.auth === "monolith" && (state.purchase === "serverless" || state.catalog === "serverless"),
      );
      expect(has("pages-read-baas-session")).toBe(!spa && state.auth === "serverless");
      expect(has("checkout-trusts-baas")).toBe(state.auth === "serverless" && state.purchase === "monolith");
      expect(has("spa-signs-in-at-monolith")).toBe(spa && state.auth === "monolith");
      expect(has("cart-handover")).toBe(spa);
      expect(has("spa-posts-to-monolith-checkout")).toBe(spa && state.purchase === "monolith");
      expect(has("server-uploads-to-pipeline")).toBe(!spa && state.images === "serverless");
      expect(has("spa-uploads-to-consumer")).toBe(spa && state.images === "monolith");
      // The table-wide list is the union of the routes' lists, each once.
      expect(new Set(t.bridges).size).toBe(t.bridges.length);
      expect(new Set(Object.values(t.routes).flatMap((r) => r.bridges))).toEqual(new Set(t.bridges));

      // What is left in the monolith, and what has moved, partition the six capabilities.
      expect([...t.inMonolith, ...t.inServerless].sort()).toEqual([...CAPABILITIES].sort());
      for (const c of t.inMonolith) expect(state[c]).toBe("monolith");
    });
  }

  it("builds every bridge the recommended path needs", () => {
    const needed = new Set(recommendedStates().flatMap((s) => routeRequests(s).bridges));
    expect([...needed].filter((b) => BRIDGES_NOT_BUILT.has(b))).toEqual([]);
    expect(needed.has("server-uploads-to-pipeline")).toBe(true);
  });

  it("needs no bridge at either end but the cart handover", () => {
    expect(routeRequests(ALL_MONOLITH).bridges).toEqual([]);
    expect(routeRequests(ALL_SERVERLESS).bridges).toEqual(["cart-handover"]);
  });

  it("counts the states that need the session-to-token exchange: auth in the monolith with purchase or catalog moved", () => {
    expect(allMigrationStates().filter((s) => routeRequests(s).bridges.includes("session-to-token"))).toHaveLength(24);
  });

  it("routes one mixed state exactly", () => {
    const t = routeRequests({ ...ALL_MONOLITH, search: "serverless", purchase: "serverless" });
    expect(t.routes.search).toEqual({
      servedBy: "search-function",
      side: "serverless",
      hops: ["server-pages", "gateway", "search-function"],
      bridges: ["pages-call-search-function"],
    });
    expect(t.routes.purchase).toEqual({
      servedBy: "purchase-function",
      side: "serverless",
      hops: ["server-pages", "session-auth", "gateway", "purchase-function"],
      bridges: ["session-to-token"],
    });
    expect(t.bridges).toEqual(["pages-call-search-function", "session-to-token"]);
    expect(t.inMonolith).toEqual(["auth", "pages", "catalog", "images"]);
  });
});

describe("the recommended path", () => {
  const states = recommendedStates();

  it("goes from all-monolith to all-serverless in seven states, one capability per move, each moved once", () => {
    expect(states).toHaveLength(7);
    expect(states[0]).toEqual(ALL_MONOLITH);
    expect(states[6]).toEqual(ALL_SERVERLESS);
    for (let i = 1; i < states.length; i++) {
      const changed = CAPABILITIES.filter((c) => states[i]![c] !== states[i - 1]![c]);
      expect(changed).toEqual([RECOMMENDED_MOVES[i - 1]!.capability]);
      expect(states[i]![changed[0]!]).toBe("serverless");
    }
    expect(new Set(RECOMMENDED_MOVES.map((m) => m.capability)).size).toBe(6);
  });

  it("moves search first and the pages last, so six of the seven states still work without JavaScript", () => {
    expect(RECOMMENDED_MOVES[0]!.capability).toBe("search");
    expect(RECOMMENDED_MOVES[5]!.capability).toBe("pages");
    expect(states.filter((s) => routeRequests(s).worksWithoutJavaScript)).toHaveLength(6);
  });

  it("says in one sentence each what a move buys and what it risks", () => {
    for (const m of RECOMMENDED_MOVES) {
      for (const sentence of [m.buys, m.risks]) {
        expect(sentence).toMatch(/^[A-Z].{20,200}\.$/);
        expect(sentence.slice(0, -1)).not.toMatch(/[.!?] [A-Z]/);
      }
    }
  });

  it("places a state on the path, or says it is off it", () => {
    states.forEach((s, i) => expect(stepOnRecommendedPath(s)).toBe(i));
    expect(stepOnRecommendedPath({ ...ALL_MONOLITH, pages: "serverless" })).toBeUndefined();
  });
});
