// Is this a monolith admin page requested by a signed-in user who is not an admin? Then the answer must carry
// status 403, not 200 — and a server component cannot set a status (Next streams the page with 200), so proxy.ts
// asks this first and rewrites the request onto itself with status 403. The page still runs its own check
// (requireAdmin) and renders the "Admins only" notice; anonymous visitors are redirected to log in by the page.
// The role is read from the database, as on every monolith request, so a demoted admin is refused at once.
import { prisma } from "../../infra/db/prisma-client";
import { hashSessionId, isWellFormedSessionId } from "../session/session-cookie";

const ADMIN_PAGE = /^\/monolith\/admin(\/|$)/;

export async function isForbiddenAdminPage(pathname: string, sid: string | undefined): Promise<boolean> {
  if (!ADMIN_PAGE.test(pathname) || !isWellFormedSessionId(sid)) return false;
  const session = await prisma.session.findUnique({
    where: { idHash: hashSessionId(sid) },
    select: { expiresAt: true, user: { select: { role: true } } },
  });
  return session !== null && session.expiresAt > new Date() && session.user.role !== "admin";
}
