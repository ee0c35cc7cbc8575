import "server-only";
// What a search-function instance does on a cold start (and when the catalog moved on): read the index
// artifact from blob storage; if storage holds none, or one older than the catalog, rebuild and write it.
import { loadSearchIndex, type SearchIndex } from "../../../core/search/search-index";
import { getStorage } from "../../../infra/storage/get-storage";
import { SEARCH_INDEX_KEY } from "./search-artifact-keys";
import { readSearchArtifactMeta, writeSearchArtifact } from "./write-search-artifact";

export type LoadedArtifact = { index: SearchIndex; version: string; source: "storage" | "rebuilt" };

export async function loadSearchArtifact(currentVersion: string): Promise<LoadedArtifact> {
  const meta = await readSearchArtifactMeta();
  if (meta?.version === currentVersion) {
    const obj = await getStorage().get(SEARCH_INDEX_KEY);
    if (obj) {
      try {
        return { index: loadSearchIndex(obj.body.toString("utf8")), version: meta.version, source: "storage" };
      } catch {
        // fall through: a damaged artifact is rebuilt
      }
    }
  }
  const written = await writeSearchArtifact();
  return { index: written.index, version: written.meta.version, source: "rebuilt" };
}
