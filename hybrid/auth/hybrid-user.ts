import "server-only";
// Who is signed in, asked of whichever auth the facade routes to: the monolith's session table, or — once auth
// has moved — the BaaS session cookie, which the server-rendered pages read (bridge "pages-read-baas-session").
// The two never vouch for each other: moving auth is the one move that asks everyone to log in again.
import { parseRole, type Role } from "../../core/users/role";
import { prisma } from "../../infra/db/prisma-client";
import { getSessionContext } from "../../monolith/session/get-session-context";
import { readAuthSession } from "../../serverless/auth/read-auth-session";
import type { Facade } from "../facade/hybrid-facade";

export type HybridUser = { id: number; email: string; name: string; role: Role; via: "monolith-session" | "baas" };

export async function hybridUser(facade: Facade): Promise<HybridUser | null> {
  if (facade.state.auth === "monolith") {
    const { user } = await getSessionContext();
    return user ? { ...user, via: "monolith-session" } : null;
  }
  const session = await readAuthSession(new Request("http://hybrid.internal/", { headers: facade.headers }));
  if (!session) return null;
  const row = await prisma.user.findUnique({ where: { id: session.userId }, select: { id: true, email: true, name: true, role: true } });
  return row ? { ...row, role: parseRole(row.role), via: "baas" } : null;
}
