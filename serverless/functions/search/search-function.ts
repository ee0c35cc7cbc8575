import "server-only";
// ARCH: search is a function behind the gateway, not code in a long-running server: it keeps no index
// between instances, so every cold start pays for loading the artifact from blob storage (x-cold-start).
// The search function: the same core ranking as the monolith (core/search), but its index comes from blob
// storage, loaded once per instance on a cold start, instead of living in a long-running server. A hit
// carries what a result card shows (breed, species, category name), so the browser needs no second read.
import { z } from "zod";
import { AppError } from "../../../core/errors/app-error";
import { searchResponseSchema, type SearchHitDto } from "../../../core/contract/serverless-api";
import type { SearchIndex } from "../../../core/search/search-index";
import { searchPets } from "../../../core/search/search-pets";
import { searchQuerySchema } from "../../../core/search/search-query-schema";
import { catalogVersion } from "../../../infra/search/load-search-documents";
import type { ServerlessFunction } from "../../runtime/function-runtime";
import { loadSearchArtifact } from "./load-search-artifact";
import { contractJson } from "../../gateway/contract-json";

export type SearchFunctionState = { index: SearchIndex; version: string; loadedFrom: "storage" | "rebuilt" };

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 60;
export const MAX_OFFSET = 10_000;

// Like the core search schema, junk is normalised rather than rejected: a bad limit is the default one.
const pagingSchema = z.object({
  limit: z.coerce.number().int().min(1).max(MAX_LIMIT).catch(DEFAULT_LIMIT).default(DEFAULT_LIMIT),
  offset: z.coerce.number().int().min(0).max(MAX_OFFSET).catch(0).default(0),
});

function param(url: URL, name: string): string | undefined {
  return url.searchParams.get(name) ?? undefined;
}

async function loadState(version?: string): Promise<SearchFunctionState> {
  const loaded = await loadSearchArtifact(version ?? (await catalogVersion()));
  return { index: loaded.index, version: loaded.version, loadedFrom: loaded.source };
}

export const searchFunction: ServerlessFunction<SearchFunctionState> = {
  name: "search",
  init: () => loadState(),
  async handle(request, ctx) {
    if (request.method !== "GET") throw AppError.of("bad_request", "search.useGet");
    // The catalog fingerprint is one cheap aggregate; an index built from an older catalog is swapped.
    const version = await catalogVersion();
    if (version !== ctx.state.version) ctx.state = await loadState(version);

    const url = new URL(request.url);
    const query = searchQuerySchema.parse({
      q: param(url, "q"),
      category: param(url, "category"),
      minPrice: param(url, "minPrice"),
      maxPrice: param(url, "maxPrice"),
    });
    const { limit, offset } = pagingSchema.parse({ limit: param(url, "limit"), offset: param(url, "offset") });
    // Core pages by page number; an offset window is the first offset+limit results, sliced.
    const result = searchPets(ctx.state.index, { ...query, page: 1, pageSize: offset + limit });
    const hits: SearchHitDto[] = result.hits.slice(offset, offset + limit).map((h) => ({
      id: h.id,
      name: h.name,
      species: h.species,
      breed: h.breed,
      priceCents: h.priceCents,
      stock: h.stock,
      category: h.category,
      categoryName: h.categoryName,
      thumbnailUrl: h.thumbnailUrl,
    }));
    return contractJson(
      searchResponseSchema,
      { hits, total: result.total },
      { headers: { "Cache-Control": "no-store", "x-index-version": ctx.state.version } },
    );
  },
};
