import "server-only";
// Creates a customer account (the role never comes from the form) and signs it in on this browser.
// New accounts are throttled per client IP address (the "registration" limit of infra/throttle/throttle.ts): a
// script on the classroom network must not fill the users table. Generous, because a whole class behind one NAT
// address registers at the start of a lesson.
import { Prisma } from "@prisma/client";
import { AppError, isAppError } from "../../core/errors/app-error";
import { renderError, type ErrorText } from "../../core/errors/error-text";
import { parseInput } from "../../core/errors/parse-input";
import { registerSchema } from "../../core/users/credential-schemas";
import { prisma } from "../../infra/db/prisma-client";
import { hashPassword } from "../../infra/users/password-hash";
import { UNKNOWN_CLIENT_IP } from "../../infra/access/client-ip";
import { consume, refund, retryAfterSeconds } from "../../infra/throttle/throttle";
import type { FormOutcome } from "../forms/handle-form-post";
import type { SessionContext } from "../session/get-session-context";
import { afterAuthPath } from "./auth-paths";
import { startUserSession } from "./start-user-session";

// Without sending an email (this app sends none) a registration form cannot hide that an address is taken. What it
// can do is make asking cost the same as registering: a taken email counts against the address's registration
// allowance (REGISTRATIONS_PER_IP per 10 minutes) like a new account — before, it cost nothing, so a script could
// test every classmate's address. The sentence names no account either way.
export const EMAIL_TAKEN_MESSAGE = renderError({ id: "auth.emailTaken" }, "en");

export function tooManyRegistrations(retryAfterMs: number): ErrorText {
  const n = Math.max(1, Math.ceil(retryAfterSeconds(retryAfterMs) / 60));
  return { id: n === 1 ? "auth.tooManyRegistrationsMinute" : "auth.tooManyRegistrationsMinutes", params: { n } };
}

export async function registerUser(form: FormData, session: Pick<SessionContext, "sidHash">, ip: string): Promise<FormOutcome> {
  const input = parseInput(registerSchema, {
    name: form.get("name") ?? "",
    email: form.get("email") ?? "",
    password: form.get("password") ?? "",
  });
  const counted = ip !== UNKNOWN_CLIENT_IP;
  const waitMs = counted ? await consume("registration", ip) : 0;
  if (waitMs > 0) {
    throw new AppError("rate_limited", tooManyRegistrations(waitMs), { retryAfterSeconds: retryAfterSeconds(waitMs) });
  }
  let userId: number;
  try {
    const taken = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
    if (taken) throw AppError.of("conflict", "auth.emailTaken");
    const passwordHash = await hashPassword(input.password);
    const user = await prisma.user.create({
      data: { name: input.name, email: input.email, passwordHash, role: "customer" },
      select: { id: true },
    });
    userId = user.id;
  } catch (e) {
    // A taken email keeps its count (asking whether an address has an account costs one registration).
    if (isAppError(e) && e.code === "conflict") throw e;
    // Two registrations racing for one email: the unique index decides, the loser gets the same message.
    if (e instanceof Prisma.PrismaClientKnownRequestError && e.code === "P2002") throw AppError.of("conflict", "auth.emailTaken");
    if (counted) await refund("registration", ip); // no account was made, for a reason of ours
    throw e;
  }
  const sid = await startUserSession(userId, session);
  return { redirectTo: afterAuthPath(form.get("next")), setSessionId: sid };
}
