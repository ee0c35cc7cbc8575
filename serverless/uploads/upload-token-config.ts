import "server-only";
// The upload token's claims. It is signed with the token service's key but for its own audience, so an
// upload token is never accepted as a data-API token and a data-API token never opens an upload.
export const UPLOAD_TOKEN_AUDIENCE = "pet-store-twin/blob-upload";

/** Short-lived on purpose, like Vercel Blob's client tokens: it only has to last one upload. */
export const UPLOAD_TOKEN_TTL_SECONDS = 120;
