import "server-only";
// The monolith's login form: the shared credential check (infra/users/verify-credentials.ts — the same one, with
// the same throttle, as the serverless store's sign-in), then a new server session for this browser.
import { verifyCredentials } from "../../infra/users/verify-credentials";
import type { FormOutcome } from "../forms/handle-form-post";
import type { SessionContext } from "../session/get-session-context";
import { afterAuthPath } from "./auth-paths";
import { startUserSession } from "./start-user-session";

export { LOGIN_FAILED_MESSAGE } from "../../infra/users/verify-credentials";

export async function logInUser(form: FormData, session: Pick<SessionContext, "sidHash">, ip: string): Promise<FormOutcome> {
  const user = await verifyCredentials({ email: form.get("email"), password: form.get("password"), ip });
  const sid = await startUserSession(user.id, session);
  return { redirectTo: afterAuthPath(form.get("next")), setSessionId: sid };
}
