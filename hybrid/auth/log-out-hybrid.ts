import "server-only";
// The hybrid's log-out form handler: ends the monolith session (a new anonymous one replaces it) while auth is
// there; once auth moved, the BaaS session cookie is dropped (the route clears it).
import { withMessage, type FormOutcome } from "../../monolith/forms/handle-form-post";
import { LOGGED_OUT_NOTICE, logOutUser } from "../../monolith/auth/log-out-user";
import type { SessionContext } from "../../monolith/session/get-session-context";
import type { Facade } from "../facade/hybrid-facade";

export async function logOutHybrid(facade: Facade, form: FormData, session: SessionContext): Promise<FormOutcome & { clearBaas: boolean }> {
  const redirectTo = withMessage("/hybrid", "notice", LOGGED_OUT_NOTICE);
  if (facade.state.auth === "monolith") return { ...(await logOutUser(form, session)), redirectTo, clearBaas: false };
  return { redirectTo, clearBaas: true };
}
