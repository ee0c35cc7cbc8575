import "server-only";
// Search for the hybrid's server-rendered pages: the monolith's in-process index, or — once search moved — the
// search function through the gateway (bridge "pages-call-search-function"), which may cold-start and load its
// index from blob storage just as it does for the browser app.
import { searchResponseSchema } from "../../core/contract/serverless-api";
import type { SearchHit } from "../../core/search/search-pets";
import type { SearchQuery } from "../../core/search/search-query-schema";
import { searchCatalog } from "../../monolith/search/search-catalog";
import { searchFunction } from "../../serverless/functions/search/search-function";
import { runFunction } from "../../serverless/runtime/function-runtime";
import { callThroughGateway } from "../bridges/call-through-gateway";
import { inMonolith, throughFacade, type Facade } from "../facade/hybrid-facade";

export type HybridSearchAnswer = { hits: SearchHit[]; total: number };

function searchFunctionPath(query: SearchQuery): string {
  const fields = {
    q: query.q,
    limit: query.pageSize,
    offset: (query.page - 1) * query.pageSize,
    category: query.category,
    minPrice: query.minPrice,
    maxPrice: query.maxPrice,
  };
  const defined = Object.entries(fields).filter(([, v]) => v !== undefined && v !== "");
  return `/api/functions/search?${new URLSearchParams(defined.map(([k, v]) => [k, String(v)])).toString()}`;
}

export function hybridSearch(facade: Facade, query: SearchQuery): Promise<HybridSearchAnswer> {
  return throughFacade(facade, "search", async () => {
    if (facade.state.search === "monolith") return inMonolith("search in process", () => searchCatalog(query));
    const answer = await callThroughGateway(
      searchResponseSchema,
      { servedBy: "function:search", auth: "optional" },
      runFunction(searchFunction),
      { path: searchFunctionPath(query), visitor: facade.headers },
    );
    return { hits: answer.hits.map((h) => ({ ...h, score: 0 })), total: answer.total };
  });
}
