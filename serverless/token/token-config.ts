import "server-only";
// The token service's signing key and claims. Its own secret (never the session secret itself): a leaked
// data-API key must not let anyone forge sessions, and vice versa.
import { env } from "../../core/config/env";
import { activeFault } from "../../infra/faults/fault-state";
import { appSecrets } from "../../infra/secrets/app-secrets";

export const TOKEN_ISSUER = "pet-store-twin/baas-token";
export const TOKEN_AUDIENCE = "pet-store-twin/data-api";

let key: Uint8Array | undefined;

export function tokenSigningKey(): Uint8Array {
  key ??= new TextEncoder().encode(appSecrets().baasTokenSecret);
  return key;
}

export function tokenTtlSeconds(): number {
  // The lab bench's "short token lifetime" switch makes the SPA's silent refresh frequent enough to watch.
  return activeFault("short-token-lifetime")?.seconds ?? env().BAAS_TOKEN_TTL_SECONDS;
}
