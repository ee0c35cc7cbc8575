import "server-only";
// Logging out ends the server session (its row is deleted, so the old cookie is worthless even if copied)
// and hands the browser a fresh anonymous session id.
import { prisma } from "../../infra/db/prisma-client";
import { withMessage, type FormOutcome } from "../forms/handle-form-post";
import type { SessionContext } from "../session/get-session-context";
import { newSessionId } from "../session/session-cookie";

export const LOGGED_OUT_NOTICE = "You are logged out.";

export async function logOutUser(_form: FormData, session: Pick<SessionContext, "sidHash">): Promise<FormOutcome> {
  if (session.sidHash) await prisma.session.deleteMany({ where: { idHash: session.sidHash } });
  return { redirectTo: withMessage("/monolith", "notice", LOGGED_OUT_NOTICE), setSessionId: newSessionId() };
}
