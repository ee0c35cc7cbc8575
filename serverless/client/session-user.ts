// What the SPA reads from the auth service's session. The role travels as an extra field on `user`
// (set by the auth configuration); anything else counts as a customer.
import type { Session } from "next-auth";
import { parseRole } from "@/core/users/role";

export function isAdmin(session: Session | null | undefined): boolean {
  const user = session?.user as { role?: unknown } | undefined;
  return parseRole(user?.role) === "admin";
}
