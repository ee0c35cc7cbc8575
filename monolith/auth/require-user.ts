import "server-only";
// Guards for monolith pages (server components):
//
//   const user = await requireUser("/monolith/orders");      // redirects to the login page when signed out
//
//   const admin = await requireAdmin("/monolith/admin");
//   if (!admin.ok) return admin.page;                         // signed-in non-admin: an "Admins only" page
//   admin.user ...
//
// `returnTo` is where the login page sends the visitor back to; by default the current path (from proxy.ts).
import { createElement, type ReactElement } from "react";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import type { SessionUser } from "../../core/users/credential-schemas";
import { getSessionContext } from "../session/get-session-context";
import { LOGIN_PATH } from "./auth-paths";
import { ForbiddenNotice } from "./forbidden-notice";

async function currentPath(): Promise<string> {
  const h = await headers();
  return `${h.get("x-pst-path") ?? "/monolith"}${h.get("x-pst-search") ?? ""}`;
}

/** The signed-in user, or a redirect (never returns) to /monolith/login?next=<returnTo>. */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const { user } = await getSessionContext();
  if (user) return user;
  redirect(`${LOGIN_PATH}?next=${encodeURIComponent(returnTo ?? (await currentPath()))}`);
}

export type AdminCheck = { ok: true; user: SessionUser } | { ok: false; user: SessionUser; page: ReactElement };

/** Signed out: redirect to login. Signed in but not an admin: `{ ok: false, page }` — render that page. */
export async function requireAdmin(returnTo?: string): Promise<AdminCheck> {
  const user = await requireUser(returnTo);
  if (user.role === "admin") return { ok: true, user };
  return { ok: false, user, page: createElement(ForbiddenNotice, { name: user.name }) };
}
