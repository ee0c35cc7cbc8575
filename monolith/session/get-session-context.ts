import "server-only";
// Who is asking, for monolith pages and form handlers: the session id (from the cookie), the signed-in
// user if any, the CSRF token for forms, and the key that owns the cart and "recently viewed".
import { cookies, headers } from "next/headers";
import { cache } from "react";
import type { SessionUser } from "../../core/users/credential-schemas";
import { parseRole } from "../../core/users/role";
import { prisma } from "../../infra/db/prisma-client";
import { csrfTokenFor } from "./csrf-token";
import { FRESH_SESSION_HEADER, SESSION_COOKIE, hashSessionId, isWellFormedSessionId } from "./session-cookie";

export type SessionContext = {
  sid: string | undefined;
  sidHash: string | undefined;
  user: SessionUser | null;
  csrfToken: string;
  /** Owner of the server-side cart and recently-viewed list: the user once logged in, else the session. */
  ownerKey: string | undefined;
  /** The session id was made by proxy.ts for this very request: nothing is stored under it yet. */
  fresh: boolean;
};

export const getSessionContext = cache(async (): Promise<SessionContext> => {
  const jar = await cookies();
  const raw = jar.get(SESSION_COOKIE)?.value;
  const sid = isWellFormedSessionId(raw) ? raw : undefined;
  if (!sid) return { sid: undefined, sidHash: undefined, user: null, csrfToken: "", ownerKey: undefined, fresh: false };
  const sidHash = hashSessionId(sid);
  // A first visit (proxy.ts just made the id): no session row, cart or list can exist, so nothing is read.
  if ((await headers()).get(FRESH_SESSION_HEADER) === "1")
    return { sid, sidHash, user: null, csrfToken: csrfTokenFor(sid), ownerKey: `s:${sidHash}`, fresh: true };
  const session = await prisma.session.findUnique({
    where: { idHash: sidHash },
    select: { expiresAt: true, user: { select: { id: true, email: true, name: true, role: true } } },
  });
  const user = session && session.expiresAt > new Date() ? { ...session.user, role: parseRole(session.user.role) } : null;
  return { sid, sidHash, user, csrfToken: csrfTokenFor(sid), ownerKey: user ? `u:${user.id}` : `s:${sidHash}`, fresh: false };
});
