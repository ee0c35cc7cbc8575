import "server-only";
// Builds the search index from the catalog with the core rules and stores it in blob storage, with a small
// meta object carrying the catalog version it was built from. Call it whenever the catalog changes (admin
// "Add pet", the image pipeline's last step); the search function also calls it when it finds it stale.
import { SEARCH_INDEX_FORMAT, buildSearchIndexInSlices, serializeSearchIndex, type SearchIndex } from "../../../core/search/search-index";
import { catalogVersion, loadSearchDocuments } from "../../../infra/search/load-search-documents";
import { getStorage } from "../../../infra/storage/get-storage";
import { SEARCH_INDEX_KEY, SEARCH_META_KEY, type SearchArtifactMeta } from "./search-artifact-keys";

export type WrittenArtifact = { index: SearchIndex; meta: SearchArtifactMeta };

const holder = globalThis as unknown as { __searchArtifactWrite?: Promise<WrittenArtifact> };

async function build(): Promise<WrittenArtifact> {
  // Version first: if the catalog changes while we build, the artifact is labelled older and rebuilt later.
  const version = await catalogVersion();
  const docs = await loadSearchDocuments();
  const index = await buildSearchIndexInSlices(docs);
  const body = Buffer.from(serializeSearchIndex(index));
  const meta: SearchArtifactMeta = {
    version,
    format: SEARCH_INDEX_FORMAT,
    builtAt: new Date().toISOString(),
    documents: docs.length,
    bytes: body.length,
  };
  const storage = getStorage();
  // Index before meta: a reader that sees the new meta finds the new index in place.
  await storage.put(SEARCH_INDEX_KEY, body, "application/json");
  await storage.put(SEARCH_META_KEY, Buffer.from(JSON.stringify(meta)), "application/json");
  return { index, meta };
}

/**
 * The meta object of the artifact in storage, or null (none yet, unreadable, or an index of another format — an
 * older build's English-only index is not current even for the same catalog: each means "rebuild").
 */
export async function readSearchArtifactMeta(): Promise<SearchArtifactMeta | null> {
  const obj = await getStorage().get(SEARCH_META_KEY);
  if (!obj) return null;
  try {
    const meta = JSON.parse(obj.body.toString("utf8")) as SearchArtifactMeta;
    return meta.format === SEARCH_INDEX_FORMAT ? meta : null;
  } catch {
    return null;
  }
}

/**
 * The image pipeline's index step: rebuilds the artifact unless the one in storage was already built from the
 * catalog as it is now. A pet's metadata step changes the catalog, and a search arriving before the index step
 * (a search function instance finds its index stale and rebuilds it from the database, load-search-artifact.ts)
 * has often built exactly this catalog already; a second full rebuild would only write the same index again.
 * Safe because a build reads the catalog's version before its documents: an artifact labelled with the current
 * version holds every pet of that version, this step's pet included.
 */
export async function ensureSearchArtifactCurrent(): Promise<"current" | "rebuilt"> {
  const [version, meta] = await Promise.all([catalogVersion(), readSearchArtifactMeta()]);
  if (meta?.version === version) return "current";
  await writeSearchArtifact();
  return "rebuilt";
}

/** One rebuild at a time per process: concurrent callers share it. */
export function writeSearchArtifact(): Promise<WrittenArtifact> {
  holder.__searchArtifactWrite ??= build().finally(() => {
    holder.__searchArtifactWrite = undefined;
  });
  return holder.__searchArtifactWrite;
}
