// What a BaaS data-API token may do. Anonymous visitors get read access to the catalog; a signed-in
// user's token can also read that user's orders and call the purchase function.

export const TOKEN_SCOPES = ["catalog:read", "orders:read", "purchase"] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const ANONYMOUS_SCOPES: TokenScope[] = ["catalog:read"];
export const USER_SCOPES: TokenScope[] = ["catalog:read", "orders:read", "purchase"];

export function isTokenScope(value: unknown): value is TokenScope {
  return typeof value === "string" && (TOKEN_SCOPES as readonly string[]).includes(value);
}

/** The scopes of `required` that `granted` lacks (empty = allowed). */
export function missingScopes(granted: readonly string[], required: readonly TokenScope[]): TokenScope[] {
  return required.filter((s) => !granted.includes(s));
}
