import "server-only";
// Who is asking, for monolith pages and form handlers: the session id (from the cookie), the signed-in
// user if any, the CSRF token for forms, and the key that owns the cart and "recently viewed".
import { cookies } from "next/headers";
import { cache } from "react";
import type { SessionUser } from "../../core/users/credential-schemas";
import { parseRole } from "../../core/users/role";
import { prisma } from "../../infra/db/prisma-client";
import { csrfTokenFor } from "./csrf-token";
import { SESSION_COOKIE, hashSessionId, isWellFormedSessionId } from "./session-cookie";

export type SessionContext = {
  sid: string | undefined;
  sidHash: string | undefined;
  user: SessionUser | null;
  csrfToken: string;
  /** Owner of the server-side cart and recently-viewed list: the user once logged in, else the session. */
  ownerKey: string | undefined;
};

export const getSessionContext = cache(async (): Promise<SessionContext> => {
  const jar = await cookies();
  const raw = jar.get(SESSION_COOKIE)?.value;
  const sid = isWellFormedSessionId(raw) ? raw : undefined;
  if (!sid) return { sid: undefined, sidHash: undefined, user: null, csrfToken: "", ownerKey: undefined };
  const sidHash = hashSessionId(sid);
  const session = await prisma.session.findUnique({
    where: { idHash: sidHash },
    select: { expiresAt: true, user: { select: { id: true, email: true, name: true, role: true } } },
  });
  const user = session && session.expiresAt > new Date() ? { ...session.user, role: parseRole(session.user.role) } : null;
  return { sid, sidHash, user, csrfToken: csrfTokenFor(sid), ownerKey: user ? `u:${user.id}` : `s:${sidHash}` };
});
