// Vitest runs outside React Server Components; the "server-only" marker has nothing to guard there.
export {};
