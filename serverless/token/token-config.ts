import "server-only";
// The token service's signing key and claims. Its own secret (never the session secret itself): a leaked
// data-API key must not let anyone forge sessions, and vice versa.
import { createHash } from "node:crypto";
import { env } from "../../core/config/env";

export const TOKEN_ISSUER = "pet-store-twin/baas-token";
export const TOKEN_AUDIENCE = "pet-store-twin/data-api";

let key: Uint8Array | undefined;

export function tokenSigningKey(): Uint8Array {
  key ??= env().BAAS_TOKEN_SECRET
    ? new TextEncoder().encode(env().BAAS_TOKEN_SECRET)
    : // Derived with a distinct label, so it differs from every other key made from the session secret.
      new Uint8Array(createHash("sha256").update(`baas-token-signing-key\u0000${env().sessionSecret}`).digest());
  return key;
}

export function tokenTtlSeconds(): number {
  return env().BAAS_TOKEN_TTL_SECONDS;
}
