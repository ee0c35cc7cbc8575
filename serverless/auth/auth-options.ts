import "server-only";
// ARCH: the serverless store writes no auth logic of its own: next-auth (standing in for a BaaS auth service
// such as Auth0 or Cognito) owns sign-in, the session (a JWT in a cookie, no server-side session table) and
// sign-out. We only configure it: which accounts exist (the same User table as the monolith) and what the
// session carries (user id and role, so the token service can mint per-user data-API tokens).
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import { env } from "../../core/config/env";
import { loginSchema } from "../../core/users/credential-schemas";
import { prisma } from "../../infra/db/prisma-client";
import { appSecrets } from "../../infra/secrets/app-secrets";
import { dummyPasswordHash, verifyPassword } from "../../infra/users/password-hash";

// next-auth v4 learns its own URL from NEXTAUTH_URL; without it, it falls back to http://localhost:3000 and
// breaks on any other port. With no NEXTAUTH_URL configured (embedded default, tests on :3100) we let it use
// the request's Host header instead (AUTH_TRUST_HOST, documented by next-auth for self-hosting).
if (!process.env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= "true";

/** The secret that signs and encrypts the session JWT; `getToken` must use the very same one. */
export function authSecret(): string {
  return appSecrets().nextAuthSecret;
}

/** Secure (`__Secure-`) cookies only over https; the embedded default runs on plain http. */
export function secureAuthCookies(): boolean {
  const url = env().NEXTAUTH_URL;
  return url ? url.startsWith("https://") : env().secureCookies;
}

async function authorizeCredentials(raw: Record<string, string> | undefined) {
  const parsed = loginSchema.safeParse({ email: raw?.email ?? "", password: raw?.password ?? "" });
  if (!parsed.success || !parsed.data.email) return null;
  const user = await prisma.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, role: true, passwordHash: true },
  });
  // Same Argon2 work for an unknown email as for a wrong password (no account enumeration by timing).
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.data.password);
  if (!user?.passwordHash || !ok) return null;
  return { id: String(user.id), email: user.email, name: user.name, role: user.role };
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
    session: { strategy: "jwt", maxAge: 7 * 24 * 60 * 60 },
    useSecureCookies: secureAuthCookies(),
    // Our SPA page shows the form and any next-auth error (?error=CredentialsSignin) itself.
    pages: { signIn: "/serverless/login", error: "/serverless/login" },
    providers: providers(),
    callbacks: {
      async jwt({ token, user, account }) {
        // Runs at sign-in (user set) and on every session read; ids are fixed at sign-in.
        if (user && account?.provider === "credentials") {
          token.sub = String(user.id);
          token.role = (user as { role?: string }).role === "admin" ? "admin" : "customer";
        } else if (user && account) {
          const linked = await userIdForOAuth(user.email, user.name);
          if (!linked) return token;
          token.sub = String(linked.id);
          token.role = linked.role === "admin" ? "admin" : "customer";
        }
        return token;
      },
      async session({ session, token }) {
        return { ...session, user: { ...session.user, id: token.sub ? Number(token.sub) : undefined, role: token.role ?? "customer" } };
      },
    },
  };
}
