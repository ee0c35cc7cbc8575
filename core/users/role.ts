// A user's role, as the stores act on it. The database column is a plain string (SQLite has no enums), and
// sessions and tokens carry it as text: parseRole is the one place that turns such a value into a Role. Anything
// but exactly "admin" is a customer — an unknown or damaged value never grants admin rights.
export const ROLES = ["customer", "admin"] as const;

export type Role = (typeof ROLES)[number];

export function parseRole(value: unknown): Role {
  return value === "admin" ? "admin" : "customer";
}
