import "server-only";
// The monolith's own login: throttle check first (no password check at all when refused), then the
// password, with ONE generic message and the same Argon2 work whether the email or the password was wrong.
import { AppError } from "../../core/errors/app-error";
import { loginSchema } from "../../core/users/credential-schemas";
import { tooManyAttemptsMessage } from "../../core/users/login-throttle-rule";
import { prisma } from "../../infra/db/prisma-client";
import { dummyPasswordHash, verifyPassword } from "../../infra/users/password-hash";
import type { FormOutcome } from "../forms/handle-form-post";
import type { SessionContext } from "../session/get-session-context";
import { afterAuthPath } from "./auth-paths";
import { checkLoginThrottle, recordLoginFailure, resetLoginFailures } from "./login-throttle";
import { startUserSession } from "./start-user-session";

export const LOGIN_FAILED_MESSAGE = "That email and password don't match an account.";

export async function logInUser(form: FormData, session: Pick<SessionContext, "sidHash">, ip?: string): Promise<FormOutcome> {
  const parsed = loginSchema.safeParse({ email: form.get("email") ?? "", password: form.get("password") ?? "" });
  if (!parsed.success) throw new AppError("unauthorized", LOGIN_FAILED_MESSAGE);
  const { email, password } = parsed.data;

  const decision = checkLoginThrottle(email, ip);
  if (!decision.allowed) throw new AppError("rate_limited", tooManyAttemptsMessage(decision.retryAfterMs));

  const user = email ? await prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } }) : null;
  // Unknown email (or an account without a password): verify against a dummy hash so it takes as long.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
  if (!user?.passwordHash || !ok) {
    recordLoginFailure(email, ip);
    throw new AppError("unauthorized", LOGIN_FAILED_MESSAGE);
  }

  resetLoginFailures(email);
  const sid = await startUserSession(user.id, session);
  return { redirectTo: afterAuthPath(form.get("next")), setSessionId: sid };
}
