// THE credential check, for both stores: the monolith's login form (monolith/auth/log-in-user.ts) and the
// serverless store's next-auth credentials provider (serverless/auth/auth-options.ts). One throttle, per email
// and per client IP, in the database — so locking an email in one store locks it in the other, and a guesser
// cannot alternate between the two doors.
//
// Order: the throttle first (when refused, no password is checked at all — not even the right one), then the
// password with ONE generic message and the same Argon2 work whether the email or the password was wrong.
import { AppError } from "../../core/errors/app-error";
import { renderError, type ErrorText } from "../../core/errors/error-text";
import { parseRole } from "../../core/users/role";
import { loginSchema, type Role } from "../../core/users/credential-schemas";
import { UNKNOWN_CLIENT_IP } from "../access/client-ip";
import { prisma } from "../db/prisma-client";
import { attempt, failures, forget, refund, retryAfterSeconds, waiting } from "../throttle/throttle";
import { dummyPasswordHash, verifyPassword } from "./password-hash";

export const LOGIN_FAILED_MESSAGE = renderError({ id: "auth.loginFailed" }, "en");

export type VerifiedUser = { id: number; email: string; name: string; role: Role };

/** "Too many attempts; try again in N seconds." — minutes once it is two or more. */
export function tooManyAttempts(retryAfterMs: number): ErrorText {
  const seconds = retryAfterSeconds(retryAfterMs);
  if (seconds < 120) return { id: seconds === 1 ? "auth.tooManyAttemptsSecond" : "auth.tooManyAttemptsSeconds", params: { n: seconds } };
  return { id: "auth.tooManyAttemptsMinutes", params: { n: Math.ceil(seconds / 60) } };
}

type Count = { name: "login-email-address" | "login-email" | "login-address"; key: string };

/**
 * The account for this email and password, or an AppError: "unauthorized" (one message for a wrong password and
 * an unknown email) or "rate_limited" (with details.retryAfterSeconds) while a backoff wait runs.
 *
 * Three counts: this email from this address (5 free, then backoff), this address over all emails (100 free), and
 * this email over all addresses (20 free) — the last one only for an address that has itself failed on the email,
 * so someone failing on purpose elsewhere cannot keep the owner out.
 */
export async function verifyCredentials(input: { email: unknown; password: unknown; ip: string }): Promise<VerifiedUser> {
  const parsed = loginSchema.safeParse({ email: input.email ?? "", password: input.password ?? "" });
  const email = parsed.success ? parsed.data.email : "";
  const knownIp = input.ip !== UNKNOWN_CLIENT_IP;
  const pair: Count = { name: "login-email-address", key: `${email}|${input.ip}` };
  const account: Count = { name: "login-email", key: email };
  const counts: Count[] = [];
  // An address with no failures on this account is not held by the account's count (it still adds to it below).
  const cleanAddress = !email || (await failures(pair.name, pair.key)) === 0;
  if (email) counts.push(pair, ...(cleanAddress ? [] : [account]));
  if (knownIp) counts.push({ name: "login-address", key: input.ip });

  // A wait running on any of them refuses the attempt before anything is counted; then each counts it in advance.
  let waitMs = Math.max(0, ...(await Promise.all(counts.map((c) => waiting(c.name, c.key)))));
  for (const c of counts) if (waitMs === 0) waitMs = await attempt(c.name, c.key);
  if (waitMs > 0) {
    throw new AppError("rate_limited", tooManyAttempts(waitMs), { retryAfterSeconds: retryAfterSeconds(waitMs) });
  }

  const user =
    parsed.success && email
      ? await prisma.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, role: true, passwordHash: true } })
      : null;
  // Unknown email (or an account without a password): verify against a dummy hash so it takes as long.
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), parsed.success ? parsed.data.password : "");
  if (!user?.passwordHash || !ok) {
    // The counted attempts stay; a clean address's failure still adds to the account's count.
    if (email && cleanAddress) await attempt(account.name, account.key);
    throw AppError.of("unauthorized", "auth.loginFailed");
  }

  // Success: this email starts afresh (from this address and overall); the IP's count only loses this attempt.
  // (Only the password's owner gets here, so clearing the account's count helps no guesser.)
  if (email) {
    await forget(pair.name, pair.key);
    await forget(account.name, account.key);
  }
  if (knownIp) await refund("login-address", input.ip);
  return { id: user.id, email: user.email, name: user.name, role: parseRole(user.role) };
}
