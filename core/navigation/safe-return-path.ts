// Where a visitor may be sent back to after logging in, registering or changing the cart: a path on THIS site,
// inside the stores, and nothing else (no open redirect). One rule for the monolith's 303 Location and the
// serverless app's client-side navigation.
//
// The candidate is resolved the way a browser would (dot segments, percent-encoded dots) against a fixed dummy
// origin — never the request's Host — and the RESULT must stay on that origin and start with exactly one `/`.
// `/monolith/..//evil.example/x` resolves to `//evil.example/x`, which a browser reads as another host.
// Backslashes (browsers treat `/\` like `//`) and control characters (URL parsers drop tabs and newlines, so
// `/\t/evil` becomes `//evil`) are refused outright.

const DUMMY_ORIGIN = "http://same-site.invalid";
const STORE_PREFIXES = ["/monolith", "/serverless", "/hybrid"] as const;
const MAX_LENGTH = 2_000;

/** The normalised same-site path (pathname + query) when `value` is a safe target under one of `prefixes`, else `fallback`. */
export function safeReturnPath(value: unknown, fallback: string, prefixes: readonly string[] = STORE_PREFIXES): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback;
  if (/[\\\u0000-\u001f\u007f]/.test(value) || !value.startsWith("/") || value.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(value, DUMMY_ORIGIN);
  } catch {
    return fallback;
  }
  const path = `${url.pathname}${url.search}`;
  if (url.origin !== DUMMY_ORIGIN || !path.startsWith("/") || path.startsWith("//")) return fallback;
  const inside = prefixes.some((prefix) => url.pathname === prefix || url.pathname.startsWith(`${prefix}/`));
  return inside ? path : fallback;
}
