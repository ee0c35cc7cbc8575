// The routing facade's table (Fowler's strangler fig): from the migration state to, for each kind of request the
// store handles, which part serves it, which parts it passes through and which bridges the two halves need where
// they meet. Pure: the hybrid store asks it on every request, the lens and the migration panel draw from it, and
// a unit test walks all 64 states.
import { CAPABILITIES, type Capability, type MigrationState, type Side } from "./migration-state";

export const REQUEST_KINDS = ["page", "catalog-read", "search", "log-in", "cart", "purchase", "order-history", "image-upload"] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/** The parts a request can reach. Monolith parts live in the one server process; serverless parts are split. */
export type HybridPart =
  | "server-pages"
  | "spa"
  | "session-auth"
  | "baas-auth"
  | "in-process-query"
  | "data-api"
  | "in-process-search"
  | "gateway"
  | "search-function"
  | "in-process-checkout"
  | "purchase-function"
  | "server-cart"
  | "browser-cart"
  | "image-consumer"
  | "pipeline-steps";

/** The bridges a half-moved store can need, in the order the panel lists them. What each one is, in words, is
 * in messages/ (`migration.bridge.<id>`, both languages). */
export const BRIDGES = [
  "pages-call-search-function",
  "spa-searches-monolith",
  "pages-read-data-api",
  "spa-catalog-from-monolith",
  "session-to-token",
  "pages-read-baas-session",
  "checkout-trusts-baas",
  "spa-signs-in-at-monolith",
  "cart-handover",
  "spa-posts-to-monolith-checkout",
  "server-uploads-to-pipeline",
  "spa-uploads-to-consumer",
] as const;

export type BridgeId = (typeof BRIDGES)[number];

/**
 * Bridges this app names but does not build (docs/decisions/009, 023): each one is the browser app reaching back
 * into the monolith, needed only when the pages move before another capability. The facade refuses those states
 * (core/migration/unbuilt-states.ts) rather than route them to something half-built: the pages move last.
 */
export const BRIDGES_NOT_BUILT: ReadonlySet<BridgeId> = new Set<BridgeId>([
  "spa-searches-monolith",
  "spa-catalog-from-monolith",
  "spa-signs-in-at-monolith",
  "spa-posts-to-monolith-checkout",
  "spa-uploads-to-consumer",
]);

export type Route = {
  /** The part that does the work for this request. */
  servedBy: HybridPart;
  /** Which architecture that part belongs to. */
  side: Side;
  /** Every part the request passes after the facade, in order (the lens should show these). */
  hops: HybridPart[];
  bridges: BridgeId[];
};

export type RoutingTable = {
  /** What renders the pages: the server (works with JavaScript off) or the browser app. */
  shell: "server-pages" | "spa";
  worksWithoutJavaScript: boolean;
  routes: Record<RequestKind, Route>;
  /** Every bridge this state needs, each once, in BRIDGES order. */
  bridges: BridgeId[];
  inMonolith: Capability[];
  inServerless: Capability[];
};

const route = (servedBy: HybridPart, side: Side, hops: HybridPart[], bridges: (BridgeId | false)[] = []): Route => ({
  servedBy,
  side,
  hops,
  bridges: bridges.filter((b): b is BridgeId => b !== false),
});

export function routeRequests(state: MigrationState): RoutingTable {
  const spa = state.pages === "serverless";
  const shell = spa ? "spa" : "server-pages";
  const authPart: HybridPart = state.auth === "monolith" ? "session-auth" : "baas-auth";
  // A serverless part that acts for a user (the purchase function, the data API's orders) needs a BaaS token;
  // with auth still in the monolith that token has to come from exchanging the session.
  const needsUserToken = (serverlessPart: boolean) => serverlessPart && state.auth === "monolith" && "session-to-token";

  const catalogRead =
    state.catalog === "monolith"
      ? route("in-process-query", "monolith", [shell, "in-process-query"], [spa && "spa-catalog-from-monolith"])
      : route("data-api", "serverless", [shell, "data-api"], [!spa && "pages-read-data-api"]);

  const search =
    state.search === "monolith"
      ? route("in-process-search", "monolith", [shell, "in-process-search"], [spa && "spa-searches-monolith"])
      : route("search-function", "serverless", [shell, "gateway", "search-function"], [!spa && "pages-call-search-function"]);

  const logIn = route(
    authPart,
    state.auth,
    [shell, authPart],
    [!spa && state.auth === "serverless" && "pages-read-baas-session", spa && state.auth === "monolith" && "spa-signs-in-at-monolith"],
  );

  const cart = spa
    ? route("browser-cart", "serverless", ["spa", "browser-cart"], ["cart-handover"])
    : route("server-cart", "monolith", ["server-pages", "server-cart"]);

  const purchase =
    state.purchase === "monolith"
      ? route(
          "in-process-checkout",
          "monolith",
          [shell, authPart, "in-process-checkout"],
          [spa && "spa-posts-to-monolith-checkout", state.auth === "serverless" && "checkout-trusts-baas"],
        )
      : route("purchase-function", "serverless", [shell, authPart, "gateway", "purchase-function"], [needsUserToken(true)]);

  const orderHistory =
    state.catalog === "monolith"
      ? route("in-process-query", "monolith", [shell, authPart, "in-process-query"], [spa && "spa-catalog-from-monolith"])
      : route("data-api", "serverless", [shell, authPart, "data-api"], [!spa && "pages-read-data-api", needsUserToken(true)]);

  const imageUpload =
    state.images === "monolith"
      ? route("image-consumer", "monolith", [shell, "image-consumer"], [spa && "spa-uploads-to-consumer"])
      : route("pipeline-steps", "serverless", [shell, "pipeline-steps"], [!spa && "server-uploads-to-pipeline"]);

  const routes: Record<RequestKind, Route> = {
    page: route(shell, state.pages, [shell]),
    "catalog-read": catalogRead,
    search,
    "log-in": logIn,
    cart,
    purchase,
    "order-history": orderHistory,
    "image-upload": imageUpload,
  };
  const used = new Set(Object.values(routes).flatMap((r) => r.bridges));
  return {
    shell,
    worksWithoutJavaScript: !spa,
    routes,
    bridges: BRIDGES.filter((b) => used.has(b)),
    inMonolith: CAPABILITIES.filter((c) => state[c] === "monolith"),
    inServerless: CAPABILITIES.filter((c) => state[c] === "serverless"),
  };
}
