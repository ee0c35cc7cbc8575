// A random idempotency key for one checkout attempt. crypto.randomUUID exists only in secure contexts
// (https or localhost); on a plain-http LAN address fall back to getRandomValues, which exists everywhere.
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
