import "server-only";
// The token service's signing key and claims. Its own secret (never the session secret itself): a leaked
// data-API key must not let anyone forge sessions, and vice versa.
import { env } from "../../core/config/env";
import { appSecrets } from "../../infra/secrets/app-secrets";

export const TOKEN_ISSUER = "pet-store-twin/baas-token";
export const TOKEN_AUDIENCE = "pet-store-twin/data-api";

let key: Uint8Array | undefined;

export function tokenSigningKey(): Uint8Array {
  key ??= new TextEncoder().encode(appSecrets().baasTokenSecret);
  return key;
}

export function tokenTtlSeconds(): number {
  return env().BAAS_TOKEN_TTL_SECONDS;
}
