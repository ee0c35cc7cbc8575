// Values that were printed in this project's source or docs at some point. Anyone in the room can read them, so
// none of them may ever sign anything or guard an account: the environment refuses them (core/config/env.ts), and
// `npm run doctor` calls them UNSAFE (core/config/check-production-readiness.ts).

/** The development secret the first versions derived every signing key from (decision 017). */
export const PUBLISHED_SECRETS: readonly string[] = ["pet-store-twin-embedded-development-secret-change-me"];

/** The admin password the first versions seeded and printed (the demo customer's stays public on purpose). */
export const PUBLISHED_ADMIN_PASSWORDS: readonly string[] = ["admin-password"];

/** The demo customer's password: public by design, never acceptable for an admin. */
export const DEMO_CUSTOMER_PASSWORD = "demo-password";

export function isPublishedSecret(value: string | undefined): boolean {
  return value !== undefined && PUBLISHED_SECRETS.includes(value.trim());
}

export function isPublishedPassword(value: string | undefined): boolean {
  return value !== undefined && [...PUBLISHED_ADMIN_PASSWORDS, DEMO_CUSTOMER_PASSWORD].includes(value.trim());
}

/** The shortest admin password the app accepts from ADMIN_PASSWORD. */
export const MIN_ADMIN_PASSWORD_LENGTH = 12;
