import "server-only";
// ARCH: the serverless store writes no auth logic of its own: next-auth (standing in for a BaaS auth service
// such as Auth0 or Cognito) owns sign-in, the session (a JWT in a cookie, no server-side session table) and
// sign-out. We only configure it: which accounts exist (the same User table as the monolith) and what the
// session carries (user id and role, so the token service can mint per-user data-API tokens).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { env, processVariable, setProcessVariable } from "../../core/config/env";
import { isAppError, toAppError } from "../../core/errors/app-error";
import { parseRole } from "../../core/users/role";
import { clientIp } from "../../infra/access/client-ip";
import { prisma } from "../../infra/db/prisma-client";
import { appSecrets } from "../../infra/secrets/app-secrets";
import { verifyCredentials } from "../../infra/users/verify-credentials";

// next-auth v4 learns its own URL from NEXTAUTH_URL; without it, it falls back to http://localhost:3000 and
// breaks on any other port. With no NEXTAUTH_URL configured (embedded default, tests on :3100) we let it use
// the request's Host header instead (AUTH_TRUST_HOST, documented by next-auth for self-hosting).
// With PUBLIC_BASE_URL configured, next-auth's URL is that one: its redirects (sign-out, callbackUrl checks) are
// then built from configuration, never from a Host header a client chose.
// These set next-auth's own variables (it reads process.env itself), through core/config/env.ts.
const publicBaseUrl = env().PUBLIC_BASE_URL;
if (!processVariable("NEXTAUTH_URL") && publicBaseUrl) setProcessVariable("NEXTAUTH_URL", publicBaseUrl);
if (!processVariable("NEXTAUTH_URL") && !processVariable("AUTH_TRUST_HOST")) setProcessVariable("AUTH_TRUST_HOST", "true");

/**
 * How long a session cookie stays valid after it was last issued: one school day. next-auth re-issues it while the
 * SPA is in use, so an active visitor stays signed in; a cookie copied off a classroom machine dies the same evening.
 */
export const AUTH_SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** The secret that signs and encrypts the session JWT; `getToken` must use the very same one. */
export function authSecret(): string {
  return appSecrets().nextAuthSecret;
}

/** Secure (`__Secure-`) cookies only over https; the embedded default runs on plain http. */
export function secureAuthCookies(): boolean {
  const url = env().NEXTAUTH_URL;
  return url ? url.startsWith("https://") : env().secureCookies;
}

/** The request's headers as next-auth hands them to authorize(): a Headers object or a plain record. */
function headersOf(req: { headers?: unknown } | undefined): Headers {
  const raw = req?.headers;
  if (raw instanceof Headers) return raw;
  const headers = new Headers();
  if (raw && typeof raw === "object") {
    for (const [name, value] of Object.entries(raw as Record<string, unknown>)) if (typeof value === "string") headers.set(name, value);
  }
  return headers;
}

/**
 * The same credential check, with the same throttle, as the monolith's login (infra/users/verify-credentials.ts).
 * A wrong password answers null (next-auth's generic "CredentialsSignin"); a throttled attempt throws the
 * "Too many attempts; try again in N seconds." sentence, which the route turns into a 429 (too-many-attempts.ts).
 */
async function authorizeCredentials(raw: Record<string, string> | undefined, req?: { headers?: unknown }) {
  try {
    const user = await verifyCredentials({ email: raw?.email, password: raw?.password, ip: clientIp(headersOf(req)) });
    return { id: String(user.id), email: user.email, name: user.name, role: user.role };
  } catch (e) {
    if (isAppError(e) && e.code === "unauthorized") return null;
    if (isAppError(e) && e.code === "rate_limited") throw new Error(e.message);
    // next-auth shows a thrown message to the visitor: never a database error's text.
    throw new Error(toAppError(e).message);
  }
}

function providers(): NextAuthOptions["providers"] {
  const list: NextAuthOptions["providers"] = [
    CredentialsProvider({
      id: "credentials",
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      authorize: authorizeCredentials,
    }),
  ];
  const { GITHUB_ID, GITHUB_SECRET } = env();
  if (GITHUB_ID && GITHUB_SECRET) list.push(GitHubProvider({ clientId: GITHUB_ID, clientSecret: GITHUB_SECRET }));
  return list;
}

/** Links an OAuth sign-in to a User row (by email), creating a customer account on first sign-in. */
async function userIdForOAuth(email: string | null | undefined, name: string | null | undefined) {
  if (!email) return null;
  const normalized = email.trim().toLowerCase();
  const user = await prisma.user.upsert({
    where: { email: normalized },
    update: {},
    create: { email: normalized, name: name?.slice(0, 80) || normalized, role: "customer" },
    select: { id: true, role: true },
  });
  return user;
}

export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: AUTH_SESSION_MAX_AGE_SECONDS },
    jwt: { maxAge: AUTH_SESSION_MAX_AGE_SECONDS },
    useSecureCookies: secureAuthCookies(),
    // Our SPA page shows the form and any next-auth error (?error=CredentialsSignin) itself.
    pages: { signIn: "/serverless/login", error: "/serverless/login" },
    providers: providers(),
    callbacks: {
      async jwt({ token, user, account }) {
        // Runs at sign-in (user set) and on every session read; ids are fixed at sign-in.
        if (user && account?.provider === "credentials") {
          token.sub = String(user.id);
          token.role = parseRole((user as { role?: string }).role);
        } else if (user && account) {
          const linked = await userIdForOAuth(user.email, user.name);
          if (!linked) return token;
          token.sub = String(linked.id);
          token.role = parseRole(linked.role);
        } else if (token.sub) {
          // Later reads: the role the SPA shows follows the User row (a demoted admin loses the Admin link).
          // This is display only — every admin action re-reads the row itself (read-auth-session.ts).
          const row = await prisma.user.findUnique({ where: { id: Number(token.sub) || 0 }, select: { role: true } });
          token.role = parseRole(row?.role);
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.sub ? Number(token.sub) : undefined, role: token.role ?? "customer" } };
      },
    },
  };
}
