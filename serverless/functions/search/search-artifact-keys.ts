// Where the search index artifact lives in blob storage (shared by the writer and the search function).
export const SEARCH_INDEX_KEY = "search/index.json";
export const SEARCH_META_KEY = "search/index-meta.json";

/** `version` is the catalog's fingerprint; `format` what the index holds (core's SEARCH_INDEX_FORMAT). */
export type SearchArtifactMeta = { version: string; format: number; builtAt: string; documents: number; bytes: number };
