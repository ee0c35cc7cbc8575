import "server-only";
// Signs a user in on this browser: a NEW random session id (rotation defeats session fixation), its hash
// stored with the user and an expiry, the old session's row (if any) removed, and the anonymous cart and
// recently-viewed list merged into the account — all in one transaction.
import { prisma } from "../../infra/db/prisma-client";
import type { SessionContext } from "../session/get-session-context";
import { SESSION_MAX_AGE_SECONDS, hashSessionId, newSessionId } from "../session/session-cookie";
import { mergeAnonymousState } from "./merge-anonymous-state";

/** Returns the new session id; the caller sets it as the cookie on its response. */
export async function startUserSession(userId: number, previous: Pick<SessionContext, "sidHash">, now = new Date()): Promise<string> {
  const sid = newSessionId();
  await prisma.$transaction(async (tx) => {
    if (previous.sidHash) {
      await tx.session.deleteMany({ where: { idHash: previous.sidHash } });
      await mergeAnonymousState(tx, `s:${previous.sidHash}`, `u:${userId}`);
    }
    await tx.session.create({
      data: { idHash: hashSessionId(sid), userId, expiresAt: new Date(now.getTime() + SESSION_MAX_AGE_SECONDS * 1000) },
    });
  });
  return sid;
}
