import "server-only";
// The hybrid's log-in form handler: to the monolith's session while auth is there, to the BaaS once it moved.
import { verifyCredentials } from "../../infra/users/verify-credentials";
import { afterAuthPath } from "../../monolith/auth/auth-paths";
import { logInUser } from "../../monolith/auth/log-in-user";
import type { FormOutcome } from "../../monolith/forms/handle-form-post";
import type { SessionContext } from "../../monolith/session/get-session-context";
import type { Facade } from "../facade/hybrid-facade";
import { throughFacade } from "../facade/hybrid-facade";
import { baasSessionCookieValue } from "./baas-session-cookie";

export type HybridLogIn = FormOutcome & { baasCookie?: string };

export function logInHybrid(facade: Facade, form: FormData, session: SessionContext, ip: string): Promise<HybridLogIn> {
  return throughFacade(facade, "log-in", async () => {
    if (facade.state.auth === "monolith") return logInUser(form, session, ip);
    const user = await verifyCredentials({ email: form.get("email"), password: form.get("password"), ip });
    return { redirectTo: afterAuthPath(form.get("next")), baasCookie: await baasSessionCookieValue(user) };
  });
}
