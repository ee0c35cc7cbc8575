import "server-only";
// Bridge "pages-read-baas-session", the sign-in half: the hybrid's server-rendered log-in form (works without
// JavaScript) posts to our server, which checks the password with the same rule the BaaS uses and issues the BaaS's
// own session cookie (next-auth's encrypted JWT, same secret, same lifetime). A real migration would redirect to the
// identity provider's hosted page instead (OAuth/OIDC); a server holding users' passwords is what it retires.
import { encode } from "next-auth/jwt";
import type { VerifiedUser } from "../../infra/users/verify-credentials";
import { AUTH_SESSION_MAX_AGE_SECONDS, authSecret, secureAuthCookies } from "../../serverless/auth/auth-options";

export function baasSessionCookieName(): string {
  return `${secureAuthCookies() ? "__Secure-" : ""}next-auth.session-token`;
}

export function baasSessionCookieOptions() {
  return { httpOnly: true, sameSite: "lax" as const, secure: secureAuthCookies(), path: "/", maxAge: AUTH_SESSION_MAX_AGE_SECONDS };
}

export async function baasSessionCookieValue(user: VerifiedUser): Promise<string> {
  return encode({
    token: { sub: String(user.id), name: user.name, email: user.email, role: user.role },
    secret: authSecret(),
    maxAge: AUTH_SESSION_MAX_AGE_SECONDS,
  });
}
