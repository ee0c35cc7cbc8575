// THE credential check, for both stores: the monolith's login form (monolith/auth/log-in-user.ts) and the
// serverless store's next-auth credentials provider (serverless/auth/auth-options.ts). One throttle, per email
// and per client IP, in the database — so locking an email in one store locks it in the other, and a guesser
// cannot alternate between the two doors.
//
// Order: the throttle first (when refused, no password is checked at all — not even the right one), then the
// password with ONE generic message and the same Argon2 work whether the email or the password was wrong.
import { env } from "../../core/config/env";
import { AppError } from "../../core/errors/app-error";
import { parseRole } from "../../core/users/role";
import { loginSchema, type Role } from "../../core/users/credential-schemas";
import {
  ACCOUNT_LOGIN_POLICY,
  IP_LOGIN_POLICY,
  emailLoginPolicy,
  retryAfterSeconds,
  tooManyAttemptsMessage,
} from "../../core/users/login-throttle-rule";
import { UNKNOWN_CLIENT_IP } from "../access/client-ip";
import { prisma } from "../db/prisma-client";
import { countAttempt, failureCount, forget, uncount, type ThrottleKey } from "./auth-throttle-store";
import { dummyPasswordHash, verifyPassword } from "./password-hash";

export const LOGIN_FAILED_MESSAGE = "That email and password don't match an account.";

export type VerifiedUser = { id: number; email: string; name: string; role: Role };

export const loginEmailKey = (email: string) => `login:email:${email}`;
export const loginPairKey = (email: string, ip: string) => `login:email-ip:${email}|${ip}`;
export const loginIpKey = (ip: string) => `login:ip:${ip}`;

/**
 * The account for this email and password, or an AppError: "unauthorized" (one message for a wrong password and
 * an unknown email) or "rate_limited" (with details.retryAfterSeconds) while a backoff wait runs.
 *
 * Three counts: this email from this address (5 free, then backoff), this address over all emails (100 free), and
 * this email over all addresses (20 free) — the last one only for an address that has itself failed on the email,
 * so someone failing on purpose elsewhere cannot keep the owner out.
 */
export async function verifyCredentials(input: { email: unknown; password: unknown; ip: string }, now = Date.now()): Promise<VerifiedUser> {
  const parsed = loginSchema.safeParse({ email: input.email ?? "", password: input.password ?? "" });
  const email = parsed.success ? parsed.data.email : "";
  const knownIp = input.ip !== UNKNOWN_CLIENT_IP;
  const pair: ThrottleKey = {
    key: loginPairKey(email, input.ip),
    policy: emailLoginPolicy(env().LOGIN_MAX_FAILURES, env().LOGIN_FIRST_WAIT_MS),
  };
  const account: ThrottleKey = { key: loginEmailKey(email), policy: ACCOUNT_LOGIN_POLICY };
  const keys: ThrottleKey[] = [];
  // An address with no failures on this account is not held by the account's count (it still adds to it below).
  const cleanAddress = !email || (await failureCount(pair.key, pair.policy, now)) === 0;
  if (email) keys.push(pair, ...(cleanAddress ? [] : [account]));
  if (knownIp) keys.push({ key: loginIpKey(input.ip), policy: IP_LOGIN_POLICY });

  const decision = await countAttempt(keys, now);
  if (!decision.allowed) {
    throw new AppError("rate_limited", tooManyAttemptsMessage(decision.retryAfterMs), {
      retryAfterSeconds: retryAfterSeconds(decision.retryAfterMs),
    });
  }

  const user =
    parsed.success && email
      ? await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, role: true, passwordHash: true } })
      : null;
  // Unknown email (or an account without a password): verify against a dummy hash so it takes as long.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.success ? parsed.data.password : "");
  if (!user?.passwordHash || !ok) {
    // The counted attempts stay; a clean address's failure still adds to the account's count.
    if (email && cleanAddress) await countAttempt([account], now);
    throw new AppError("unauthorized", LOGIN_FAILED_MESSAGE);
  }

  // Success: this email starts afresh (from this address and overall); the IP's count only loses this attempt.
  // (Only the password's owner gets here, so clearing the account's count helps no guesser.)
  if (email) {
    await forget(pair.key);
    await forget(account.key);
  }
  if (knownIp) await uncount(loginIpKey(input.ip));
  return { id: user.id, email: user.email, name: user.name, role: parseRole(user.role) };
}
