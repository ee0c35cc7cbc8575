// Where the search index artifact lives in blob storage (shared by the writer and the search function).
export const SEARCH_INDEX_KEY = "search/index.json";
export const SEARCH_META_KEY = "search/index-meta.json";

export type SearchArtifactMeta = { version: string; builtAt: string; documents: number; bytes: number };
