// What the lens may keep of an address: the path, and only the query parameters that describe what the store
// page shows (a search, a page, a filter). Anything else a form may put in a query string — an email, a name,
// a token — is dropped before a span is stored, so it can never be shown to another visitor or exported.

/** Query parameters the store's own pages use for what they show (core/search/search-query-schema.ts, pagination). */
export const LENS_QUERY_ALLOW_LIST = [
  "q",
  "page",
  "pageSize",
  "category",
  "minPrice",
  "maxPrice",
  "since",
  "limit",
  "traceId",
  "component",
] as const;

const ALLOWED = new Set<string>(LENS_QUERY_ALLOW_LIST);

/** `/monolith/search?q=dog&email=a%40b.c` → `/monolith/search?q=dog`; text without a query string is kept. */
export function redactQuery(text: string): string {
  // Every "?query" up to whitespace, a quote or a fragment: span names ("GET /x?y") and full URLs alike.
  return text.replace(/\?([^\s#"'<>]*)/g, (_match, query: string) => {
    const kept: string[] = [];
    for (const pair of query.split("&")) {
      if (!pair) continue;
      const rawName = pair.split("=")[0] ?? "";
      let name = rawName;
      try {
        name = decodeURIComponent(rawName.replace(/\+/g, " "));
      } catch {
        // a malformed escape is not an allowed name
      }
      if (ALLOWED.has(name)) kept.push(pair.slice(0, 200));
    }
    return kept.length > 0 ? `?${kept.join("&")}` : "";
  });
}
